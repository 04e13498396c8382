# ---
# id: cwe125-r3-window-view-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: numpy
# explanation: sliding_window_view computes the window shape from the array and raises if the window is larger than the signal, so unlike a hand-built as_strided view it cannot read outside the array.
# ---
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def rolling_peak(signal: np.ndarray, window: int, hop: int = 1) -> np.ndarray:
    """Peak value of each window of `window` samples, every `hop` samples."""
    if window <= 0 or hop <= 0:
        raise ValueError("window and hop must be positive")
    windows = sliding_window_view(signal, window)[::hop]
    return windows.max(axis=1)
