# ---
# id: cwe787-native-bytevec-append-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-native-bytevec-append-v
# tags: ctypes, libc
# explanation: append() now calls _grow() whenever used + len(chunk) exceeds the capacity, reallocating before the copy, so memmove always writes inside the current malloc'd block.
# ---
"""Growable native byte buffer for the audio encoder."""

import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.realloc.restype = ctypes.c_void_p
libc.realloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]


class NativeBytes:
    def __init__(self, capacity: int = 4096):
        self.data = libc.malloc(capacity)
        if not self.data:
            raise MemoryError
        self.capacity = capacity
        self.used = 0

    def _grow(self, need: int) -> None:
        new_cap = max(need, self.capacity * 2)
        ptr = libc.realloc(self.data, new_cap)
        if not ptr:
            raise MemoryError
        self.data, self.capacity = ptr, new_cap

    def append(self, chunk: bytes) -> None:
        if self.used + len(chunk) > self.capacity:
            self._grow(self.used + len(chunk))
        ctypes.memmove(self.data + self.used, chunk, len(chunk))
        self.used += len(chunk)

    def close(self) -> None:
        libc.free(self.data)
        self.data = None
