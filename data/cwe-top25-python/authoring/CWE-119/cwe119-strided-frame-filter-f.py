# ---
# id: cwe119-strided-frame-filter-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-strided-frame-filter-v
# tags: ctypes, numpy
# explanation: denoise() now copies the plane into a C-contiguous uint8 array before calling the C routine and copies the result back, so the pointer and the dense height*width size the C code assumes describe the same buffer.
# ---
import ctypes

import numpy as np

vf = ctypes.CDLL("libdenoise.so")
vf.denoise_u8.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_float]


def denoise(plane: np.ndarray, strength: float = 0.6) -> None:
    dense = np.ascontiguousarray(plane, dtype=np.uint8)
    h, w = dense.shape
    vf.denoise_u8(dense.ctypes.data, w, h, strength)
    plane[...] = dense


def process(frame: np.ndarray, strength: float) -> np.ndarray:
    luma = frame[:, :, 0]
    half = luma[:, ::2]
    denoise(half, strength)
    return frame
