# ---
# id: cwe787-r2-rolling-window-strided-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: numpy, pandas, stride_tricks
# explanation: A metrics smoothing module builds rolling windows over a sample array with numpy's as_strided. The window count is derived from the array's own length, the view is created with writeable=False, and all results are written to freshly allocated arrays, so the strided view can never be used to write outside the original data.
# ---
"""Rolling statistics for the capacity dashboard."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import as_strided

log = logging.getLogger(__name__)

DEFAULT_WINDOW = 12


def windows(values: np.ndarray, width: int) -> np.ndarray:
    values = np.ascontiguousarray(values, dtype=np.float64)
    if values.ndim != 1:
        raise ValueError("expected a 1-d series")
    if not 1 <= width <= len(values):
        raise ValueError(f"window {width} does not fit a series of {len(values)}")
    count = len(values) - width + 1
    step = values.strides[0]
    return as_strided(values, shape=(count, width), strides=(step, step), writeable=False)


def rolling_percentile(values: np.ndarray, width: int, q: float) -> np.ndarray:
    view = windows(values, width)
    out = np.full(len(values), np.nan)
    out[width - 1:] = np.percentile(view, q, axis=1)
    return out


def smooth_frame(frame: pd.DataFrame, columns: list[str], width: int = DEFAULT_WINDOW) -> pd.DataFrame:
    result = frame.copy()
    for col in columns:
        series = frame[col].to_numpy()
        if len(series) < width:
            log.info("column %s has %d points, fewer than the window", col, len(series))
            result[f"{col}_p95"] = np.nan
            continue
        result[f"{col}_p95"] = rolling_percentile(series, width, 95.0)
        result[f"{col}_p50"] = rolling_percentile(series, width, 50.0)
    return result


def busiest_window(values: np.ndarray, width: int) -> tuple[int, float]:
    sums = windows(values, width).sum(axis=1)
    start = int(np.argmax(sums))
    return start, float(sums[start])
