# ---
# id: cwe190-record-array-malloc-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-record-array-malloc-v
# tags: ctypes, libc, struct
# explanation: The allocation size is now computed with Python ints and the count is capped at 16 million records before malloc, so the block is always large enough for the records the reader writes.
# ---
import ctypes
import ctypes.util
import struct

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
arc = ctypes.CDLL("libtlmarchive.so")
arc.read_records.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32]
RECORD_SIZE = 16


def load_archive(fd: int, header: bytes):
    (count,) = struct.unpack_from("<I", header, 8)
    if count > 16_000_000:
        raise ValueError(f"record count {count} too large")
    size = count * RECORD_SIZE
    block = libc.malloc(size)
    if not block:
        raise MemoryError
    if arc.read_records(fd, block, count) != count:
        libc.free(block)
        raise IOError("truncated archive")
    return block, count
