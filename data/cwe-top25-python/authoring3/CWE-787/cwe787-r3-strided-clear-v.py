# ---
# id: cwe787-r3-strided-clear-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-r3-strided-clear-f
# tags: numpy
# explanation: clear_rows zeroes a band of rows in a frame buffer through a strided view. as_strided performs no bounds checking, and first_row and n_rows come from the caller's request, so a band that extends past the frame makes the assignment write outside the array's memory.
# ---
import numpy as np
from numpy.lib.stride_tricks import as_strided


def clear_rows(frame: np.ndarray, first_row: int, n_rows: int) -> None:
    row_stride, col_stride = frame.strides
    start = frame[first_row:]
    band = as_strided(start, shape=(n_rows, frame.shape[1]), strides=(row_stride, col_stride))  #@vuln
    band[...] = 0
