# ---
# id: cwe416-modem-close-race-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-modem-close-race-f
# tags: ctypes, threading
# explanation: A cellular-modem wrapper runs a reader thread that calls modem_read on the native handle while the main thread's close() calls modem_destroy on the same handle without stopping or joining the reader first. The reader can call into the library with a handle whose memory has just been freed.
# ---
"""Wrapper around the cellular modem library."""

import ctypes
import threading

mdm = ctypes.CDLL("libcellmodem.so")
mdm.modem_open.restype = ctypes.c_void_p
mdm.modem_read.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
mdm.modem_destroy.argtypes = [ctypes.c_void_p]


class Modem:
    def __init__(self, device: str, on_line):
        self.handle = mdm.modem_open(device.encode())
        if not self.handle:
            raise OSError(f"cannot open {device}")
        self.on_line = on_line
        self.running = True
        self.reader = threading.Thread(target=self._read_loop, daemon=True)
        self.reader.start()

    def _read_loop(self):
        buf = ctypes.create_string_buffer(512)
        while self.running:
            n = mdm.modem_read(self.handle, buf, len(buf), 500)  #@vuln
            if n > 0:
                self.on_line(buf.raw[:n].decode("ascii", "replace"))

    def close(self):
        self.running = False
        mdm.modem_destroy(self.handle)
