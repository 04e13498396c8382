# ---
# id: cwe190-r3-bitmap-alloc-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-r3-bitmap-alloc-f
# tags: ctypes, struct
# explanation: The width, height and bytes-per-pixel come from the header of an uploaded RLE bitmap. Their product is truncated to 32 bits through ctypes.c_uint32 before the native buffer is allocated, so a large width*height wraps to a small size while the native RLE decoder still writes width*height*bpp pixels into it, past the end of the buffer (a small compressed payload is enough).
# ---
import ctypes
import struct


def _decode_pixels(lib, header: bytes, payload: bytes):
    width, height, bpp = struct.unpack("<IIH", header[:10])
    size = ctypes.c_uint32(width * height * bpp).value  #@vuln
    buf = ctypes.create_string_buffer(size)
    lib.rle_decode(payload, len(payload), buf, width, height, bpp)
    return buf, width, height
