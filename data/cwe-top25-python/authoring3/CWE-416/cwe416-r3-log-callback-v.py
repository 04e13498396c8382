# ---
# id: cwe416-r3-log-callback-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-r3-log-callback-f
# tags: ctypes, logging
# explanation: The ctypes callback object is created inline and handed to the C library, which stores the function pointer and calls it on every log line. Nothing on the Python side keeps the CFUNCTYPE object alive, so it is garbage-collected after the call and the library later jumps into freed trampoline memory.
# ---
import ctypes
import logging

LOG_FUNC = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p)
log = logging.getLogger("engine")


class Engine:
    def __init__(self, lib):
        self._lib = lib
        self._lib.engine_set_logger(LOG_FUNC(self._on_log))  #@vuln

    def _on_log(self, level, message):
        log.log(level, message.decode("utf-8", "replace"))
