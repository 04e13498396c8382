# ---
# id: cwe125-gif-palette-pointer-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-gif-palette-pointer-f
# tags: ctypes, numpy
# explanation: A thumbnailer decodes indexed-color images with a C decoder that returns the palette as a pointer and the entry count. Pixel indexes from the image data are looked up directly in the palette pointer; an index larger than the palette's entry count (a malformed image with a 4-entry palette but index 250) reads memory past the palette.
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
            c = img.palette[img.pixels[y * img.width + x]]  #@vuln
            out[y, x] = (c.r, c.g, c.b)
    dec.idx_free(res)
    return out
