# ---
# id: cwe787-r3-strided-clear-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-r3-strided-clear-v
# tags: numpy
# explanation: The requested band is checked to lie within the frame's rows before the strided view is built, so the view covers only memory the array owns and the zeroing cannot write past it.
# ---
import numpy as np
from numpy.lib.stride_tricks import as_strided


def clear_rows(frame: np.ndarray, first_row: int, n_rows: int) -> None:
    if first_row < 0 or n_rows < 0 or first_row + n_rows > frame.shape[0]:
        raise ValueError("row band outside frame")
    row_stride, col_stride = frame.strides
    start = frame[first_row:]
    band = as_strided(start, shape=(n_rows, frame.shape[1]), strides=(row_stride, col_stride))
    band[...] = 0
