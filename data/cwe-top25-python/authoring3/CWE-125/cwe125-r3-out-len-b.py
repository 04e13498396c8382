# ---
# id: cwe125-r3-out-len-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: string_at copies exactly the number of bytes the native compressor reports through its out-parameter for the buffer it allocated, so the read matches the allocation; the native memory is freed afterwards.
# ---
import ctypes


def compress(lib, data: bytes, level: int = 6) -> bytes:
    out = ctypes.c_void_p()
    out_len = ctypes.c_size_t()
    rc = lib.zx_compress(data, len(data), level, ctypes.byref(out), ctypes.byref(out_len))
    if rc != 0:
        raise RuntimeError("zx_compress failed with %d" % rc)
    try:
        return ctypes.string_at(out, out_len.value)
    finally:
        lib.zx_free(out)
