# ---
# id: cwe119-numpy-axpy-length-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-numpy-axpy-length-v
# tags: ctypes, numpy
# explanation: accumulate() now refuses vectors of different lengths before calling daxpy, so n is valid for both x and y and the routine stays inside both arrays.
# ---
"""Scenario P&L aggregation for the risk engine."""

import ctypes
import ctypes.util

import numpy as np

blas = ctypes.CDLL(ctypes.util.find_library("blas") or "libblas.so.3")
c_double_p = ctypes.POINTER(ctypes.c_double)
blas.cblas_daxpy.argtypes = [ctypes.c_int, ctypes.c_double, c_double_p, ctypes.c_int, c_double_p, ctypes.c_int]


def accumulate(weight: float, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    x = np.ascontiguousarray(x, dtype=np.float64)
    y = np.ascontiguousarray(y, dtype=np.float64)
    if x.shape != y.shape:
        raise ValueError(f"shape mismatch {x.shape} vs {y.shape}")
    n = x.shape[0]
    blas.cblas_daxpy(n, weight, x.ctypes.data_as(c_double_p), 1, y.ctypes.data_as(c_double_p), 1)
    return y


def scenario_pnl(exposures: dict, shocks: np.ndarray) -> np.ndarray:
    pnl = np.zeros(len(shocks))
    for desk, (weight, vector) in exposures.items():
        pnl = accumulate(weight, vector, pnl)
    return pnl
