# ---
# id: cwe416-r2-kvstore-finalize-handle-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, weakref, context-manager
# explanation: A binding for an embedded native key-value store owns its handle through weakref.finalize, which runs kv_close exactly once, either from close(), from the context manager, or at garbage collection. Every method checks that the store is still open and raises instead of passing a closed handle, and values are copied out with string_at before the native value is released.
# ---
"""Python binding for the embedded kvlite store."""

from __future__ import annotations

import ctypes
import weakref

_kv = ctypes.CDLL("libkvlite.so.3")
_kv.kv_open.argtypes = [ctypes.c_char_p, ctypes.c_int]
_kv.kv_open.restype = ctypes.c_void_p
_kv.kv_close.argtypes = [ctypes.c_void_p]
_kv.kv_get.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                       ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]
_kv.kv_put.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
_kv.kv_value_free.argtypes = [ctypes.c_void_p]


class StoreClosed(RuntimeError):
    pass


class KVStore:
    def __init__(self, path: str, create: bool = True) -> None:
        handle = _kv.kv_open(path.encode(), 1 if create else 0)
        if not handle:
            raise OSError(f"kv_open({path!r}) failed")
        self._handle = handle
        self._finalizer = weakref.finalize(self, _kv.kv_close, handle)

    def _live(self) -> int:
        if not self._finalizer.alive:
            raise StoreClosed("the store has been closed")
        return self._handle

    def get(self, key: bytes) -> bytes | None:
        value, size = ctypes.c_void_p(), ctypes.c_size_t()
        rc = _kv.kv_get(self._live(), key, len(key), ctypes.byref(value), ctypes.byref(size))
        if rc == 1:
            return None
        if rc != 0:
            raise OSError(f"kv_get failed with {rc}")
        try:
            return ctypes.string_at(value, size.value)
        finally:
            _kv.kv_value_free(value)

    def put(self, key: bytes, value: bytes) -> None:
        rc = _kv.kv_put(self._live(), key, len(key), value, len(value))
        if rc != 0:
            raise OSError(f"kv_put failed with {rc}")

    def close(self) -> None:
        self._finalizer()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def __enter__(self) -> KVStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
