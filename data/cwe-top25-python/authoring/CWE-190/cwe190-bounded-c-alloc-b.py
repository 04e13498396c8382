# ---
# id: cwe190-bounded-c-alloc-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: ctypes, libc, struct
# explanation: A point-cloud loader reads the point count from a file header, checks it against a hard limit, and computes the allocation size with Python ints before calling calloc, which itself checks count * size for overflow; the reader is then told the same count, so the allocation always fits the data.
# ---
import ctypes
import ctypes.util
import struct

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.calloc.restype = ctypes.c_void_p
libc.calloc.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
pcl = ctypes.CDLL("libpcdread.so")
pcl.pcd_read_points.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t]
pcl.pcd_read_points.restype = ctypes.c_ssize_t

POINT_BYTES = 16
MAX_POINTS = 50_000_000


def load_points(path: str, header: bytes):
    (count,) = struct.unpack_from("<Q", header, 8)
    if count == 0 or count > MAX_POINTS:
        raise ValueError(f"unsupported point count {count}")
    block = libc.calloc(count, POINT_BYTES)
    if not block:
        raise MemoryError(f"cannot allocate {count * POINT_BYTES} bytes")
    got = pcl.pcd_read_points(path.encode(), block, count)
    if got != count:
        libc.free(block)
        raise IOError("point file truncated")
    return block, count
