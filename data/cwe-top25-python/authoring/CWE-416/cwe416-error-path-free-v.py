# ---
# id: cwe416-error-path-free-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-error-path-free-f
# tags: ctypes, libc
# explanation: A codec wrapper allocates a work buffer with malloc and frees it in the except branch when decoding fails, then the finally block hands the same pointer to codec_release_scratch, which writes bookkeeping into it. On the error path the buffer is used after it has been freed.
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
    except DecodeError:
        libc.free(scratch)
        raise
    finally:
        codec.codec_release_scratch(scratch)  #@vuln
