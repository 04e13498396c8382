# ---
# id: cwe787-r3-recv-into-buffer-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-r3-recv-into-buffer-v
# tags: ctypes, socket
# explanation: Messages longer than the native buffer are refused before memmove, so the copy never writes past the 512 bytes that were allocated.
# ---
import ctypes


class FrameReader:
    BUF_SIZE = 512

    def __init__(self, lib):
        self._lib = lib
        self._buf = ctypes.create_string_buffer(self.BUF_SIZE)

    def on_message(self, body: bytes):
        if len(body) > self.BUF_SIZE:
            raise ValueError("frame too large: %d bytes" % len(body))
        ctypes.memmove(self._buf, body, len(body))
        return self._lib.parse_frame(self._buf, len(body))
