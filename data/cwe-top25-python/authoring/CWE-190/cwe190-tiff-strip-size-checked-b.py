# ---
# id: cwe190-tiff-strip-size-checked-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: struct, ctypes
# explanation: A scanner driver reads width, height and samples-per-pixel from a header and computes the strip buffer size with Python ints, which cannot wrap, after checking each dimension against a limit; the C decoder is then given the exact capacity of the buffer it writes into.
# ---
import ctypes
import struct

dec = ctypes.CDLL("libscanstrip.so")
dec.decode_strip.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t]
dec.decode_strip.restype = ctypes.c_ssize_t
HDR = struct.Struct(">HHB")
MAX_SIDE = 30000
MAX_BYTES = 512 * 1024 * 1024


def strip_buffer(header: bytes) -> ctypes.Array:
    width, height, spp = HDR.unpack_from(header)
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and spp in (1, 3, 4)):
        raise ValueError("unsupported scan geometry")
    size = width * height * spp
    if size > MAX_BYTES:
        raise ValueError("scan too large")
    return ctypes.create_string_buffer(size)


def decode(header: bytes, payload: bytes) -> bytes:
    buf = strip_buffer(header)
    n = dec.decode_strip(payload, len(payload), buf, len(buf))
    if n < 0:
        raise ValueError(f"decode_strip failed: {n}")
    return buf.raw[:n]
