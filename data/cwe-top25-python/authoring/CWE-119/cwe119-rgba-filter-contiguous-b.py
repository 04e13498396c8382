# ---
# id: cwe119-rgba-filter-contiguous-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, numpy, pillow
# explanation: An image pipeline runs a C sharpen filter in place on frames converted with np.ascontiguousarray to uint8 with shape (h, w, 4); width, height and stride are all derived from that array's own shape and strides, so the C routine's view of the buffer matches the real allocation.
# ---
import ctypes

import numpy as np
from PIL import Image

fx = ctypes.CDLL("libfxsharpen.so")
fx.sharpen_rgba.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_float]


def sharpen(img: Image.Image, amount: float = 0.5) -> Image.Image:
    arr = np.ascontiguousarray(np.asarray(img.convert("RGBA")), dtype=np.uint8)
    height, width, _ = arr.shape
    fx.sharpen_rgba(arr.ctypes.data, width, height, arr.strides[0], float(np.clip(amount, 0.0, 2.0)))
    return Image.fromarray(arr, "RGBA")


def batch(paths, out_dir):
    for p in paths:
        with Image.open(p) as img:
            sharpen(img).save(f"{out_dir}/{p.stem}.png")
