# ---
# id: cwe125-r3-read-blob-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-r3-read-blob-v
# tags: ctypes
# explanation: The requested range is checked to be non-negative and to end inside the arena before string_at copies it, so reads cannot leave the native allocation.
# ---
import ctypes


class NativeArena:
    def __init__(self, lib, size):
        self._lib = lib
        self._size = size
        self._ptr = lib.arena_new(ctypes.c_size_t(size))

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length < 0 or offset + length > self._size:
            raise IndexError("range outside arena")
        return ctypes.string_at(self._ptr + offset, length)
