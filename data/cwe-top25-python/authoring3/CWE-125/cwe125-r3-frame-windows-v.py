# ---
# id: cwe125-r3-frame-windows-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-r3-frame-windows-f
# tags: numpy
# explanation: frames() cuts an uploaded audio signal into overlapping windows with as_strided, which does not check bounds. The number of frames is rounded up instead of down, so the last window extends past the end of the signal and reads memory that does not belong to the array.
# ---
import math

import numpy as np
from numpy.lib.stride_tricks import as_strided


def frames(signal: np.ndarray, size: int, hop: int) -> np.ndarray:
    n = 1 + math.ceil((len(signal) - size) / hop)  #@vuln
    step = signal.strides[0]
    return as_strided(signal, shape=(n, size), strides=(hop * step, step), writeable=False)
