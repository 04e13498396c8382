# ---
# id: cwe119-r2-ndpointer-filter-binding-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: numpy, ctypes, signal-processing
# explanation: A binding for a native FIR filter declares its array arguments with numpy.ctypeslib.ndpointer (dtype, ndim and C-contiguity enforced by ctypes), converts inputs with np.ascontiguousarray, allocates the output from the input's length and passes lengths taken from the arrays themselves, so the native code is never told a size different from the buffers it receives.
# ---
"""FIR filtering backed by libdspcore, with a numpy fallback."""

from __future__ import annotations

import ctypes
import logging

import numpy as np
from numpy.ctypeslib import ndpointer

log = logging.getLogger("dsp.fir")

try:
    _core = ctypes.CDLL("libdspcore.so.1")
except OSError:
    _core = None
else:
    _core.fir_apply.argtypes = [
        ndpointer(np.float32, ndim=1, flags="C_CONTIGUOUS"),
        ctypes.c_size_t,
        ndpointer(np.float32, ndim=1, flags="C_CONTIGUOUS"),
        ctypes.c_size_t,
        ndpointer(np.float32, ndim=1, flags="C_CONTIGUOUS,WRITEABLE"),
    ]
    _core.fir_apply.restype = ctypes.c_int


def design_lowpass(cutoff_hz: float, sample_rate: float, taps: int = 63) -> np.ndarray:
    if taps % 2 == 0:
        taps += 1
    n = np.arange(taps) - (taps - 1) / 2
    h = np.sinc(2 * cutoff_hz / sample_rate * n) * np.hamming(taps)
    return (h / h.sum()).astype(np.float32)


def fir_filter(signal, taps) -> np.ndarray:
    x = np.ascontiguousarray(signal, dtype=np.float32)
    h = np.ascontiguousarray(taps, dtype=np.float32)
    if x.ndim != 1 or h.ndim != 1 or len(h) == 0:
        raise ValueError("signal and taps must be non-empty 1-d arrays")
    if _core is None:
        return np.convolve(x, h, mode="full")[: len(x)].astype(np.float32)
    out = np.empty_like(x)
    rc = _core.fir_apply(x, len(x), h, len(h), out)
    if rc != 0:
        raise RuntimeError(f"fir_apply failed with {rc}")
    return out


def lowpass(signal, cutoff_hz: float, sample_rate: float) -> np.ndarray:
    taps = design_lowpass(cutoff_hz, sample_rate)
    log.debug("lowpass %.1f Hz at %.1f Hz with %d taps", cutoff_hz, sample_rate, len(taps))
    return fir_filter(signal, taps)
