# ---
# id: cwe190-r3-bitmap-alloc-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-r3-bitmap-alloc-v
# tags: ctypes, struct
# explanation: The buffer size is now computed with Python's unbounded integers, capped at a fixed maximum, and the payload length must equal it before memmove runs, so no truncated size can under-allocate the native buffer.
# ---
import ctypes
import struct

MAX_PIXEL_BYTES = 64 * 1024 * 1024


def _alloc_pixels(header: bytes, payload: bytes):
    width, height, bpp = struct.unpack("<IIH", header[:10])
    size = width * height * bpp
    if size > MAX_PIXEL_BYTES or len(payload) != size:
        raise ValueError("bad bitmap dimensions")
    buf = ctypes.create_string_buffer(size)
    ctypes.memmove(buf, payload, len(payload))
    return buf, width, height
