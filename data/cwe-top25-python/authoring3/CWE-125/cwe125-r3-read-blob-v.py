# ---
# id: cwe125-r3-read-blob-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-r3-read-blob-f
# tags: ctypes
# explanation: A cache binding returns a slice of a native arena with ctypes.string_at. The offset and length come from the client's GET request and are not compared with the arena size, so a client can read arbitrary process memory past the arena (keys, other users' entries).
# ---
import ctypes


class NativeArena:
    def __init__(self, lib, size):
        self._lib = lib
        self._size = size
        self._ptr = lib.arena_new(ctypes.c_size_t(size))

    def read(self, offset: int, length: int) -> bytes:
        return ctypes.string_at(self._ptr + offset, length)  #@vuln
