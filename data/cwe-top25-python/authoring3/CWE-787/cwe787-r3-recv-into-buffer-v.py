# ---
# id: cwe787-r3-recv-into-buffer-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-r3-recv-into-buffer-f
# tags: ctypes, socket
# explanation: The handler keeps a fixed 512-byte ctypes buffer that is handed to a C parser. The message body from the socket is copied into it with ctypes.memmove using the body's own length, and a peer that sends more than 512 bytes writes past the end of the native buffer.
# ---
import ctypes


class FrameReader:
    BUF_SIZE = 512

    def __init__(self, lib):
        self._lib = lib
        self._buf = ctypes.create_string_buffer(self.BUF_SIZE)

    def on_message(self, body: bytes):
        ctypes.memmove(self._buf, body, len(body))  #@vuln
        return self._lib.parse_frame(self._buf, len(body))
