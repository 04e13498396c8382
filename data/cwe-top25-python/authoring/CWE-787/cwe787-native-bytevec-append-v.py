# ---
# id: cwe787-native-bytevec-append-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-native-bytevec-append-f
# tags: ctypes, libc
# explanation: A small growable byte vector backed by libc malloc accumulates audio chunks for a C encoder. append() copies each chunk to data+used with memmove but never compares used+len(chunk) with the capacity or grows the allocation, so once the total passes the initial 4096 bytes every append writes past the malloc'd block.
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
        ctypes.memmove(self.data + self.used, chunk, len(chunk))  #@vuln
        self.used += len(chunk)

    def close(self) -> None:
        libc.free(self.data)
        self.data = None
