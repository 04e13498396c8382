# ---
# id: cwe119-cffi-inplace-checked-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: cffi
# explanation: A checksum tool runs a C routine that scrambles a bytearray in place through ffi.from_buffer. The length argument is always len(buf) of the very buffer passed, and ffi.from_buffer shares that buffer without copying, so the C code's reads and writes cover exactly the buffer.
# ---
import hashlib

from cffi import FFI

ffi = FFI()
ffi.cdef("void whiten(unsigned char *buf, size_t len, unsigned int seed);")
lib = ffi.dlopen("libwhiten.so")


def whitened(data: bytes, seed: int) -> bytes:
    buf = bytearray(data)
    lib.whiten(ffi.from_buffer(buf), len(buf), seed & 0xFFFFFFFF)
    return bytes(buf)


def stream_digest(path: str, seed: int, chunk: int = 1 << 16) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(whitened(block, seed))
    return h.hexdigest()
