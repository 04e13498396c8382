# ---
# id: cwe416-scratch-arena-close-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-scratch-arena-close-v
# tags: ctypes, libc
# explanation: close() now sets self.ptr to None after freeing, and reset() does nothing once the arena is closed, so no write can reach the freed block.
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
        if self.ptr:
            ctypes.memset(self.ptr, 0, self.size)

    def close(self) -> None:
        if self.ptr:
            libc.free(self.ptr)
            self.ptr = None


def teardown_request(arena: ScratchArena, finished: bool) -> None:
    if finished:
        arena.close()
    arena.reset()
