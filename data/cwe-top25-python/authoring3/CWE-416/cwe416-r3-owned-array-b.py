# ---
# id: cwe416-r3-owned-array-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: numpy, ctypes
# explanation: The native buffer is owned by a small Python object that frees it in __del__ and exposes it through __array_interface__. numpy keeps that owner as the array's base, so the memory is freed only after the last array view is gone.
# ---
import ctypes

import numpy as np


class _Owned:
    def __init__(self, lib, ptr, n):
        self._lib, self._ptr = lib, ptr
        self.__array_interface__ = {"data": (ptr, False), "shape": (n,), "typestr": "<f8", "version": 3}

    def __del__(self):
        self._lib.buf_free(self._ptr)


def load_series(lib, key: bytes) -> np.ndarray:
    n = ctypes.c_size_t()
    ptr = lib.series_load(key, ctypes.byref(n))
    return np.asarray(_Owned(lib, ptr, n.value))
