# ---
# id: cwe190-record-array-malloc-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-record-array-malloc-f
# tags: ctypes, libc, struct
# explanation: A telemetry archive loader reads a record count from the file header and allocates count * 16 bytes with malloc, computing the size as ctypes.c_uint32. A count above 268 million wraps the size to a small value, and the C reader then fills count records into the undersized block.
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
    size = ctypes.c_uint32(count * RECORD_SIZE).value  #@vuln
    block = libc.malloc(size)
    if not block:
        raise MemoryError
    if arc.read_records(fd, block, count) != count:
        libc.free(block)
        raise IOError("truncated archive")
    return block, count
