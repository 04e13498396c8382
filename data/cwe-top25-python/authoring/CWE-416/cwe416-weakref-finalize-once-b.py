# ---
# id: cwe416-weakref-finalize-once-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, weakref
# explanation: A regex-engine binding frees the compiled native pattern through weakref.finalize, which runs at most once, whether triggered by close() or by garbage collection; match() checks finalizer.alive and raises before touching the handle after it has been freed.
# ---
"""Bindings for the fastrx regular-expression engine."""

import ctypes
import weakref

rx = ctypes.CDLL("libfastrx.so")
rx.frx_compile.restype = ctypes.c_void_p
rx.frx_compile.argtypes = [ctypes.c_char_p]
rx.frx_match.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
rx.frx_match.restype = ctypes.c_int
rx.frx_free.argtypes = [ctypes.c_void_p]


class Pattern:
    def __init__(self, pattern: str):
        handle = rx.frx_compile(pattern.encode())
        if not handle:
            raise ValueError(f"cannot compile {pattern!r}")
        self._handle = handle
        self._finalizer = weakref.finalize(self, rx.frx_free, handle)

    def match(self, text: bytes) -> bool:
        if not self._finalizer.alive:
            raise ValueError("pattern is closed")
        return rx.frx_match(self._handle, text, len(text)) == 1

    def close(self) -> None:
        self._finalizer()
