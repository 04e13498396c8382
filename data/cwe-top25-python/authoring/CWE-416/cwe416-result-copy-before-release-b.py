# ---
# id: cwe416-result-copy-before-release-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: cffi, numpy
# explanation: A clustering binding receives a C-allocated label array, copies it into a numpy array with np.frombuffer(...).copy() and only then releases the C result with lib.km_result_free; the returned array owns its memory and never refers to the freed buffer.
# ---
import numpy as np
from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct { int32_t *labels; size_t n; double inertia; } km_result;
    km_result *km_fit(const double *points, size_t n, size_t dims, int k);
    void km_result_free(km_result *r);
    """
)
km = ffi.dlopen("libkmeans.so")


def fit(points: np.ndarray, k: int):
    pts = np.ascontiguousarray(points, dtype=np.float64)
    res = km.km_fit(ffi.cast("double *", pts.ctypes.data), pts.shape[0], pts.shape[1], k)
    if res == ffi.NULL:
        raise RuntimeError("k-means failed")
    try:
        labels = np.frombuffer(ffi.buffer(res.labels, res.n * 4), dtype=np.int32).copy()
        inertia = float(res.inertia)
    finally:
        km.km_result_free(res)
    return labels, inertia
