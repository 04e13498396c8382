# ---
# id: cwe416-growbuf-realloc-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-growbuf-realloc-f
# tags: ctypes, libc
# explanation: A log batcher grows a C buffer with realloc but discards realloc's return value and keeps writing through the old pointer. When realloc moves the block, the old address has been freed, so the following memmove writes into freed memory.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.realloc.restype = ctypes.c_void_p
libc.realloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t]

shipper = ctypes.CDLL("liblogship.so")
shipper.ship.argtypes = [ctypes.c_void_p, ctypes.c_size_t]


class Batch:
    def __init__(self):
        self.cap = 8192
        self.len = 0
        self.buf = libc.malloc(self.cap)
        if not self.buf:
            raise MemoryError("malloc failed")

    def add(self, line: bytes) -> None:
        need = self.len + len(line) + 1
        if need > self.cap:
            while self.cap < need:
                self.cap *= 2
            libc.realloc(self.buf, self.cap)
        ctypes.memmove(self.buf + self.len, line + b"\n", len(line) + 1)  #@vuln
        self.len += len(line) + 1

    def flush(self) -> None:
        shipper.ship(self.buf, self.len)
        self.len = 0
