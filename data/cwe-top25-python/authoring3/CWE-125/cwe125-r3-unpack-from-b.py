# ---
# id: cwe125-r3-unpack-from-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: struct, mmap
# explanation: Index entries of a memory-mapped archive are read with struct.unpack_from, which raises if the read would pass the end of the mapping, and each entry's data range is checked against the mapping size before slicing.
# ---
import mmap
import struct

_ENTRY = struct.Struct("<QQ")


def read_entry(mm: mmap.mmap, index_off: int, n: int) -> bytes:
    count = struct.unpack_from("<I", mm, index_off)[0]
    if not 0 <= n < count:
        raise KeyError(n)
    data_off, data_len = _ENTRY.unpack_from(mm, index_off + 4 + n * _ENTRY.size)
    if data_off + data_len > len(mm):
        raise ValueError("entry %d points past end of archive" % n)
    return mm[data_off:data_off + data_len]
