# ---
# id: cwe125-gif-palette-pointer-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-gif-palette-pointer-v
# tags: ctypes, numpy
# explanation: to_rgb() now checks each pixel index against palette_len and raises ValueError for indexes outside the palette, so the palette pointer is only read within the entries the decoder allocated.
# ---
import ctypes

import numpy as np

dec = ctypes.CDLL("libidxdec.so")


class RGB(ctypes.Structure):
    _fields_ = [("r", ctypes.c_uint8), ("g", ctypes.c_uint8), ("b", ctypes.c_uint8)]


class Indexed(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("pixels", ctypes.POINTER(ctypes.c_uint8)),
        ("palette", ctypes.POINTER(RGB)),
        ("palette_len", ctypes.c_int),
    ]


dec.idx_decode.restype = ctypes.POINTER(Indexed)
dec.idx_decode.argtypes = [ctypes.c_char_p, ctypes.c_size_t]


def to_rgb(data: bytes) -> np.ndarray:
    res = dec.idx_decode(data, len(data))
    if not res:
        raise ValueError("not a decodable indexed image")
    img = res.contents
    out = np.zeros((img.height, img.width, 3), dtype=np.uint8)
    for y in range(img.height):
        for x in range(img.width):
            idx = img.pixels[y * img.width + x]
            if idx >= img.palette_len:
                dec.idx_free(res)
                raise ValueError("pixel index outside palette")
            c = img.palette[idx]
            out[y, x] = (c.r, c.g, c.b)
    dec.idx_free(res)
    return out
