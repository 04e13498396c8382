# ---
# id: cwe416-r3-callback-keep-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: Progress callbacks are kept in a dict on the downloader for as long as they are registered with the C library and removed only after they are unregistered, so the library never calls a collected trampoline.
# ---
import ctypes

PROGRESS = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_uint64, ctypes.c_uint64)


class Downloader:
    def __init__(self, lib):
        self._lib = lib
        self._callbacks = {}

    def watch(self, transfer, fn):
        cb = PROGRESS(lambda _t, done, total: fn(done, total))
        self._callbacks[transfer] = cb
        self._lib.transfer_on_progress(transfer, cb)

    def unwatch(self, transfer):
        self._lib.transfer_on_progress(transfer, None)
        self._callbacks.pop(transfer, None)
