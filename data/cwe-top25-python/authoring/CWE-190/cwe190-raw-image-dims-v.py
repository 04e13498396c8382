# ---
# id: cwe190-raw-image-dims-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-raw-image-dims-f
# tags: ctypes, numpy, struct
# explanation: A camera-raw importer reads width, height and bytes-per-pixel from the file header and computes the buffer size as a numpy uint32 product. Large dimensions wrap the product to a small number, a small buffer is allocated, and the C decoder then writes width*height*bpp bytes into it.
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
    size = np.uint32(width) * np.uint32(height) * np.uint32(bpp)  #@vuln
    out = ctypes.create_string_buffer(int(size))
    rc = rawdec.raw_decode(data, len(data), out, width, height, bpp)
    if rc != 0:
        raise ValueError(f"raw_decode failed: {rc}")
    return out.raw
