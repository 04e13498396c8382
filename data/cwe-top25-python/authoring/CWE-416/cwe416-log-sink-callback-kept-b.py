# ---
# id: cwe416-log-sink-callback-kept-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, logging
# explanation: A binding forwards a C library's log messages to Python logging. The CFUNCTYPE callback is created once at module level and kept in a module global for the life of the process, and it is unregistered (set to NULL) before the library is shut down, so the library never calls a freed thunk.
# ---
"""Route libvideoproc log messages to the logging module."""

import atexit
import ctypes
import logging

lib = ctypes.CDLL("libvideoproc.so")
LOG_CB = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p)
lib.vp_set_log_callback.argtypes = [LOG_CB]
lib.vp_shutdown.restype = None

log = logging.getLogger("videoproc")
LEVELS = {0: logging.DEBUG, 1: logging.INFO, 2: logging.WARNING, 3: logging.ERROR}


def _forward(level, message):
    log.log(LEVELS.get(level, logging.ERROR), "%s", message.decode("utf-8", "replace"))


_log_callback = LOG_CB(_forward)
lib.vp_set_log_callback(_log_callback)


@atexit.register
def _shutdown():
    lib.vp_set_log_callback(ctypes.cast(None, LOG_CB))
    lib.vp_shutdown()
