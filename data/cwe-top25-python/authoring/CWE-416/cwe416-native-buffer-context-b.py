# ---
# id: cwe416-native-buffer-context-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, libc
# explanation: A malloc-backed buffer class frees its block in close(), sets the pointer to None, and every accessor checks for None and raises ValueError, mirroring file objects. Use after close raises a Python exception instead of touching freed memory.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]


class NativeBuffer:
    def __init__(self, size: int):
        self._ptr = libc.malloc(size)
        if not self._ptr:
            raise MemoryError
        self.size = size

    def _live(self) -> int:
        if self._ptr is None:
            raise ValueError("operation on closed buffer")
        return self._ptr

    def write(self, data: bytes, offset: int = 0) -> None:
        if offset < 0 or offset + len(data) > self.size:
            raise ValueError("write outside buffer")
        ctypes.memmove(self._live() + offset, data, len(data))

    def read(self) -> bytes:
        return ctypes.string_at(self._live(), self.size)

    def close(self) -> None:
        if self._ptr is not None:
            libc.free(self._ptr)
            self._ptr = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
