# ---
# id: cwe119-blas-dot-checked-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, numpy
# explanation: A recommender computes dot products through BLAS ddot via ctypes. Both vectors are converted to contiguous float64 arrays and their shapes compared before the call, and n is taken from that common length, so the routine reads exactly the elements each array holds.
# ---
"""Scoring helpers for the recommender."""

import ctypes
import ctypes.util

import numpy as np

blas = ctypes.CDLL(ctypes.util.find_library("blas") or "libblas.so.3")
c_double_p = ctypes.POINTER(ctypes.c_double)
blas.cblas_ddot.restype = ctypes.c_double
blas.cblas_ddot.argtypes = [ctypes.c_int, c_double_p, ctypes.c_int, c_double_p, ctypes.c_int]


def dot(a, b) -> float:
    a = np.ascontiguousarray(a, dtype=np.float64).ravel()
    b = np.ascontiguousarray(b, dtype=np.float64).ravel()
    if a.shape != b.shape:
        raise ValueError(f"length mismatch: {a.size} vs {b.size}")
    return blas.cblas_ddot(a.size, a.ctypes.data_as(c_double_p), 1, b.ctypes.data_as(c_double_p), 1)


def top_k(user_vec, item_matrix, k=10):
    scores = np.array([dot(user_vec, row) for row in item_matrix])
    return np.argsort(scores)[::-1][:k]
