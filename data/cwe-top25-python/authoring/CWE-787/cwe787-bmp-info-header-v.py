# ---
# id: cwe787-bmp-info-header-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-bmp-info-header-f
# tags: ctypes, struct
# explanation: A thumbnail service reads the BMP info header into a 40-byte ctypes BITMAPINFOHEADER with memmove, copying as many bytes as the header's own biSize field says. Newer or crafted files declare 108, 124 or any larger size, so memmove writes past the 40-byte structure into adjacent memory.
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
    chunk = data[14 : 14 + declared]
    info = BitmapInfoHeader()
    ctypes.memmove(ctypes.addressof(info), chunk, len(chunk))  #@vuln
    return info


def dimensions(data: bytes) -> tuple:
    info = read_info_header(data)
    return info.biWidth, abs(info.biHeight), info.biBitCount
