# ---
# id: cwe119-numpy-inplace-filter-checked-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, numpy
# explanation: An ECG pipeline runs a C band-pass filter in place on a numpy signal. It first converts the signal to a C-contiguous float64 array with np.require (flags C and W), then passes signal.size from that same array, so the pointer and the length the C routine reads and writes describe one buffer.
# ---
import ctypes

import numpy as np

flt = ctypes.CDLL("libecgfilter.so")
flt.bandpass_inplace.argtypes = [
    np.ctypeslib.ndpointer(dtype=np.float64, flags="C_CONTIGUOUS"),
    ctypes.c_size_t,
    ctypes.c_double,
    ctypes.c_double,
    ctypes.c_double,
]


def bandpass(signal, fs: float, low: float = 0.5, high: float = 40.0) -> np.ndarray:
    data = np.require(signal, dtype=np.float64, requirements=["C", "W", "O"])
    if data.ndim != 1:
        raise ValueError("expected a one-dimensional signal")
    flt.bandpass_inplace(data, data.size, fs, low, high)
    return data
