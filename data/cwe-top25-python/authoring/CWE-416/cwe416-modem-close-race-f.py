# ---
# id: cwe416-modem-close-race-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-modem-close-race-v
# tags: ctypes, threading
# explanation: close() now stops the reader loop and joins the thread before modem_destroy, and clears the handle afterwards, so the reader can no longer call into the library with a destroyed handle.
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
            n = mdm.modem_read(self.handle, buf, len(buf), 500)
            if n > 0:
                self.on_line(buf.raw[:n].decode("ascii", "replace"))

    def close(self):
        self.running = False
        self.reader.join()
        mdm.modem_destroy(self.handle)
        self.handle = None
