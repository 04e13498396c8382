# ---
# id: cwe119-int-width-histogram-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-int-width-histogram-v
# tags: ctypes, numpy
# explanation: Counts are now loaded as int64, matching the int64_t* the C routine is declared with, so the n elements it reads and writes are exactly the array's 8*n bytes.
# ---
import ctypes

import numpy as np

norm = ctypes.CDLL("libcountnorm.so")
norm.normalize_counts.argtypes = [ctypes.POINTER(ctypes.c_int64), ctypes.c_size_t, ctypes.c_int64]


def load_counts(path: str) -> np.ndarray:
    return np.loadtxt(path, dtype=np.int64, usecols=1)


def normalize(counts: np.ndarray, library_size: int) -> np.ndarray:
    ptr = counts.ctypes.data_as(ctypes.POINTER(ctypes.c_int64))
    norm.normalize_counts(ptr, counts.size, library_size)
    return counts


if __name__ == "__main__":
    import sys

    counts = load_counts(sys.argv[1])
    print(normalize(counts, int(counts.sum())))
