# ---
# id: cwe787-bmp-info-header-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-bmp-info-header-v
# tags: ctypes, struct
# explanation: The copy length is now capped at ctypes.sizeof(BitmapInfoHeader) and headers shorter than that are rejected, so memmove writes exactly the 40 bytes the structure has, whatever biSize the file declares.
# ---
"""Minimal BMP header reader used by the thumbnail service."""

import ctypes
import struct


class BitmapInfoHeader(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [
        ("biSize", ctypes.c_uint32),
        ("biWidth", ctypes.c_int32),
        ("biHeight", ctypes.c_int32),
        ("biPlanes", ctypes.c_uint16),
        ("biBitCount", ctypes.c_uint16),
        ("biCompression", ctypes.c_uint32),
        ("biSizeImage", ctypes.c_uint32),
        ("biXPelsPerMeter", ctypes.c_int32),
        ("biYPelsPerMeter", ctypes.c_int32),
        ("biClrUsed", ctypes.c_uint32),
        ("biClrImportant", ctypes.c_uint32),
    ]


def read_info_header(data: bytes) -> BitmapInfoHeader:
    if data[:2] != b"BM" or len(data) < 18:
        raise ValueError("not a BMP file")
    (declared,) = struct.unpack_from("<I", data, 14)
    chunk = data[14 : 14 + min(declared, ctypes.sizeof(BitmapInfoHeader))]
    if len(chunk) < ctypes.sizeof(BitmapInfoHeader):
        raise ValueError("truncated BMP info header")
    info = BitmapInfoHeader()
    ctypes.memmove(ctypes.addressof(info), chunk, len(chunk))
    return info


def dimensions(data: bytes) -> tuple:
    info = read_info_header(data)
    return info.biWidth, abs(info.biHeight), info.biBitCount
