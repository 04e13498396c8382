# ---
# id: cwe119-int-width-histogram-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-int-width-histogram-f
# tags: ctypes, numpy
# explanation: A genomics script passes a numpy array of read counts to a C routine that normalizes them in place and is declared as taking int64_t* and a count. The array is created with dtype int32, so the routine reads and writes 8*n bytes over a 4*n-byte buffer.
# ---
import ctypes

import numpy as np

norm = ctypes.CDLL("libcountnorm.so")
norm.normalize_counts.argtypes = [ctypes.POINTER(ctypes.c_int64), ctypes.c_size_t, ctypes.c_int64]


def load_counts(path: str) -> np.ndarray:
    return np.loadtxt(path, dtype=np.int32, usecols=1)


def normalize(counts: np.ndarray, library_size: int) -> np.ndarray:
    ptr = counts.ctypes.data_as(ctypes.POINTER(ctypes.c_int64))
    norm.normalize_counts(ptr, counts.size, library_size)  #@vuln
    return counts


if __name__ == "__main__":
    import sys

    counts = load_counts(sys.argv[1])
    print(normalize(counts, int(counts.sum())))
