# ---
# id: cwe119-strided-frame-filter-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-strided-frame-filter-f
# tags: ctypes, numpy
# explanation: A video filter passes a numpy view of every second column of a frame to a C denoiser that works in place on a dense height*width buffer. The view is not contiguous, so the pointer plus the dense size the C code assumes covers the wrong bytes and runs past the end of the frame data.
# ---
import ctypes

import numpy as np

vf = ctypes.CDLL("libdenoise.so")
vf.denoise_u8.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_float]


def denoise(plane: np.ndarray, strength: float = 0.6) -> None:
    h, w = plane.shape
    vf.denoise_u8(plane.ctypes.data, w, h, strength)  #@vuln


def process(frame: np.ndarray, strength: float) -> np.ndarray:
    luma = frame[:, :, 0]
    half = luma[:, ::2]
    denoise(half, strength)
    return frame
