# ---
# id: cwe416-progress-callback-gc-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-progress-callback-gc-v
# tags: ctypes
# explanation: The callback object is now stored on the instance (self._progress_cb) before being registered, so the ctypes thunk lives as long as the uploader and the library's function pointer stays valid.
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
        self._progress_cb = PROGRESS_CB(self._on_progress)
        xfer.xfer_set_progress(self.handle, self._progress_cb)

    def _on_progress(self, done, total):
        self.reporter.update(done, total)

    def upload(self, src: str, dest_url: str) -> int:
        return xfer.xfer_run(self.handle, src.encode(), dest_url.encode())
