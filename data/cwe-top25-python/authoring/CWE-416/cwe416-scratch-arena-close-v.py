# ---
# id: cwe416-scratch-arena-close-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-scratch-arena-close-f
# tags: ctypes, libc
# explanation: A scratch arena wraps a malloc'd block for a C parser. close() frees the block but leaves self.ptr holding the old address, and reset() (called by the request teardown hook even after close) memsets through it, writing into memory the allocator may already have handed to someone else.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]


class ScratchArena:
    def __init__(self, size: int = 1 << 20):
        self.size = size
        self.ptr = libc.malloc(size)
        if not self.ptr:
            raise MemoryError("arena allocation failed")

    def reset(self) -> None:
        ctypes.memset(self.ptr, 0, self.size)  #@vuln

    def close(self) -> None:
        if self.ptr:
            libc.free(self.ptr)


def teardown_request(arena: ScratchArena, finished: bool) -> None:
    if finished:
        arena.close()
    arena.reset()
