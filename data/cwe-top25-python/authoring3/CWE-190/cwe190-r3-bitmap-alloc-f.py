# ---
# id: cwe190-r3-bitmap-alloc-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-r3-bitmap-alloc-v
# tags: ctypes, struct
# explanation: The buffer size is now computed with Python's unbounded integers and capped at a fixed maximum, so the allocation always holds the width*height*bpp bytes the native decoder writes; no truncated size can under-allocate it.
# ---
import ctypes
import struct

MAX_PIXEL_BYTES = 64 * 1024 * 1024


def _decode_pixels(lib, header: bytes, payload: bytes):
    width, height, bpp = struct.unpack("<IIH", header[:10])
    size = width * height * bpp
    if size > MAX_PIXEL_BYTES:
        raise ValueError("bad bitmap dimensions")
    buf = ctypes.create_string_buffer(size)
    lib.rle_decode(payload, len(payload), buf, width, height, bpp)
    return buf, width, height
