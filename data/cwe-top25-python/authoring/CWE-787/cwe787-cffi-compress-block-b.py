# ---
# id: cwe787-cffi-compress-block-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: cffi
# explanation: A wrapper around a C block compressor allocates the output buffer with the library's own worst-case bound for the input size and passes that capacity to the compressor, which never writes more than the capacity it is given. The result is copied out with ffi.buffer of exactly the reported length.
# ---
from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    size_t blk_bound(size_t src_len);
    long blk_compress(const char *src, size_t src_len, char *dst, size_t dst_cap);
    """
)
blk = ffi.dlopen("libblk.so")


def compress(data: bytes) -> bytes:
    cap = blk.blk_bound(len(data))
    dst = ffi.new("char[]", cap)
    written = blk.blk_compress(data, len(data), dst, cap)
    if written < 0:
        raise RuntimeError(f"blk_compress failed: {written}")
    return ffi.buffer(dst, written)[:]


def compress_file(path_in: str, path_out: str) -> float:
    with open(path_in, "rb") as fh:
        raw = fh.read()
    packed = compress(raw)
    with open(path_out, "wb") as fh:
        fh.write(packed)
    return len(packed) / max(len(raw), 1)
