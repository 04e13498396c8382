# ---
# id: cwe119-r3-resize-append-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The native-backed byte builder grows its ctypes buffer with ctypes.resize before each memmove whenever the new data would not fit, so the copy always lands inside the current allocation.
# ---
import ctypes


class NativeBuilder:
    def __init__(self, initial=4096):
        self.buf = ctypes.create_string_buffer(initial)
        self.used = 0

    def append(self, data: bytes) -> None:
        need = self.used + len(data)
        if need > ctypes.sizeof(self.buf):
            ctypes.resize(self.buf, max(need, 2 * ctypes.sizeof(self.buf)))
        base = ctypes.addressof(self.buf)
        ctypes.memmove(base + self.used, data, len(data))
        self.used = need
