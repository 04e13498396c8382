# ---
# id: cwe125-r3-native-result-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: numpy, ctypes
# explanation: The numpy view wraps the native result using the length field the library filled in for that same buffer, and the data is copied before the result is released, so the array covers exactly the allocated samples.
# ---
import ctypes

import numpy as np


class Result(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(ctypes.c_double)), ("len", ctypes.c_size_t)]


def run_filter(lib, coeffs: np.ndarray) -> np.ndarray:
    res = Result()
    lib.fir_run(coeffs.ctypes.data_as(ctypes.POINTER(ctypes.c_double)), coeffs.size, ctypes.byref(res))
    try:
        if res.len == 0:
            return np.empty(0)
        return np.ctypeslib.as_array(res.data, shape=(res.len,)).copy()
    finally:
        lib.result_free(ctypes.byref(res))
