# ---
# id: cwe476-r2-libmagic-null-checks-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: ctypes, libmagic, flask
# explanation: A Flask blueprint identifies uploaded files with libmagic through ctypes. magic_open and magic_buffer can return NULL, and the wrapper checks each returned pointer and reports magic_error instead of using it, raising a Python exception that the view turns into a 500 JSON error, so no NULL is dereferenced or passed on.
# ---
"""File identification via libmagic for the document inbox."""

import ctypes
import ctypes.util
import logging
import threading

from flask import Blueprint, jsonify, request

bp = Blueprint("identify", __name__)
log = logging.getLogger(__name__)

MAGIC_MIME_TYPE = 0x000010

_lib = ctypes.CDLL(ctypes.util.find_library("magic") or "libmagic.so.1")
_lib.magic_open.argtypes = [ctypes.c_int]
_lib.magic_open.restype = ctypes.c_void_p
_lib.magic_load.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
_lib.magic_buffer.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
_lib.magic_buffer.restype = ctypes.c_char_p
_lib.magic_error.argtypes = [ctypes.c_void_p]
_lib.magic_error.restype = ctypes.c_char_p


class MagicError(RuntimeError):
    pass


class Magic:
    def __init__(self) -> None:
        self._cookie = _lib.magic_open(MAGIC_MIME_TYPE)
        if not self._cookie:
            raise MagicError("magic_open failed")
        if _lib.magic_load(self._cookie, None) != 0:
            raise MagicError(self._error())
        self._lock = threading.Lock()

    def _error(self) -> str:
        msg = _lib.magic_error(self._cookie)
        return msg.decode("utf-8", "replace") if msg else "unknown libmagic error"

    def mime_of(self, data: bytes) -> str:
        with self._lock:
            result = _lib.magic_buffer(self._cookie, data, len(data))
            if result is None:
                raise MagicError(self._error())
            return result.decode("ascii", "replace")


_magic = None


def get_magic() -> Magic:
    global _magic
    if _magic is None:
        _magic = Magic()
    return _magic


@bp.post("/identify")
def identify():
    data = request.get_data(cache=False)[: 64 * 1024]
    try:
        mime = get_magic().mime_of(data)
    except MagicError as exc:
        log.error("libmagic failed: %s", exc)
        return jsonify(error="identification failed"), 500
    return jsonify(mime=mime, sampled=len(data))
