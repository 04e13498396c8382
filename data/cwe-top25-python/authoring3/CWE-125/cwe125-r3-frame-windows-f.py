# ---
# id: cwe125-r3-frame-windows-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-r3-frame-windows-v
# tags: numpy
# explanation: The frame count is rounded down and signals shorter than one window are refused, so the last strided window ends inside the array and no read leaves its buffer.
# ---
import math

import numpy as np
from numpy.lib.stride_tricks import as_strided


def frames(signal: np.ndarray, size: int, hop: int) -> np.ndarray:
    if len(signal) < size or hop <= 0:
        raise ValueError("signal shorter than one frame")
    n = 1 + math.floor((len(signal) - size) / hop)
    step = signal.strides[0]
    return as_strided(signal, shape=(n, size), strides=(hop * step, step), writeable=False)
