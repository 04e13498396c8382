# ---
# id: cwe125-array-buffer-info-string-at-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: array, ctypes
# explanation: A replay tool snapshots an array('f') of sensor samples with ctypes.string_at(addr, n * itemsize), where addr and n both come from the array's own buffer_info(); the read covers exactly the array's buffer.
# ---
import ctypes
import zlib
from array import array


def snapshot(samples: array) -> bytes:
    addr, n = samples.buffer_info()
    raw = ctypes.string_at(addr, n * samples.itemsize)
    return zlib.compress(raw, 6)


def restore(blob: bytes, typecode: str = "f") -> array:
    out = array(typecode)
    raw = zlib.decompress(blob, bufsize=1 << 16)
    out.frombytes(raw[: len(raw) - len(raw) % out.itemsize])
    return out

