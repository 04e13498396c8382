# ---
# id: cwe416-progress-callback-gc-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-progress-callback-gc-f
# tags: ctypes
# explanation: A backup tool registers a progress callback with a C transfer library by passing PROGRESS_CB(self._on_progress) inline. ctypes frees that callback thunk as soon as the temporary is garbage-collected, but the library keeps the function pointer and calls it during later transfers, jumping into freed memory.
# ---
"""Upload client built on libxferlib."""

import ctypes

xfer = ctypes.CDLL("libxferlib.so")
PROGRESS_CB = ctypes.CFUNCTYPE(None, ctypes.c_uint64, ctypes.c_uint64)
xfer.xfer_new.restype = ctypes.c_void_p
xfer.xfer_set_progress.argtypes = [ctypes.c_void_p, PROGRESS_CB]
xfer.xfer_run.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]


class Uploader:
    def __init__(self, reporter):
        self.reporter = reporter
        self.handle = xfer.xfer_new()
        if not self.handle:
            raise MemoryError("xfer_new failed")
        xfer.xfer_set_progress(self.handle, PROGRESS_CB(self._on_progress))  #@vuln

    def _on_progress(self, done, total):
        self.reporter.update(done, total)

    def upload(self, src: str, dest_url: str) -> int:
        return xfer.xfer_run(self.handle, src.encode(), dest_url.encode())
