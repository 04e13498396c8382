# ---
# id: cwe416-error-path-free-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-error-path-free-v
# tags: ctypes, libc
# explanation: The buffer is now freed in exactly one place, the finally block, after codec_release_scratch has used it, so no path touches the scratch memory after it has been freed.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
codec = ctypes.CDLL("libjxlite.so")
codec.jx_decode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t]
codec.codec_release_scratch.argtypes = [ctypes.c_void_p]


class DecodeError(Exception):
    pass


def decode(data: bytes, scratch_size: int = 1 << 22) -> int:
    scratch = libc.malloc(scratch_size)
    if not scratch:
        raise MemoryError
    try:
        rc = codec.jx_decode(data, len(data), scratch, scratch_size)
        if rc < 0:
            raise DecodeError(rc)
        return rc
    finally:
        codec.codec_release_scratch(scratch)
        libc.free(scratch)
