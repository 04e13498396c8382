# ---
# id: cwe190-raw-image-dims-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-raw-image-dims-v
# tags: ctypes, numpy, struct
# explanation: The size is now computed with Python ints, which do not wrap, and dimensions above 20000 pixels per side are rejected, so the buffer always has room for width*height*bpp bytes.
# ---
"""Camera raw import."""

import ctypes
import struct

import numpy as np

rawdec = ctypes.CDLL("librawdec.so")
rawdec.raw_decode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32]
HDR = struct.Struct("<4sIIH")


def decode_raw(data: bytes) -> bytes:
    magic, width, height, bpp = HDR.unpack_from(data)
    if magic != b"CRW2" or bpp not in (1, 2, 3, 4, 6, 8):
        raise ValueError("unsupported raw file")
    if not (0 < width <= 20000 and 0 < height <= 20000):
        raise ValueError("image dimensions out of range")
    size = width * height * bpp
    out = ctypes.create_string_buffer(size)
    rc = rawdec.raw_decode(data, len(data), out, width, height, bpp)
    if rc != 0:
        raise ValueError(f"raw_decode failed: {rc}")
    return out.raw
