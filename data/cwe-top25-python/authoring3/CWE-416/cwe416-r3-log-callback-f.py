# ---
# id: cwe416-r3-log-callback-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-r3-log-callback-v
# tags: ctypes, logging
# explanation: The CFUNCTYPE object is stored on the Engine instance before it is registered, so the trampoline the C library keeps a pointer to stays alive as long as the engine does.
# ---
import ctypes
import logging

LOG_FUNC = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p)
log = logging.getLogger("engine")


class Engine:
    def __init__(self, lib):
        self._lib = lib
        self._log_cb = LOG_FUNC(self._on_log)
        self._lib.engine_set_logger(self._log_cb)

    def _on_log(self, level, message):
        log.log(level, message.decode("utf-8", "replace"))
