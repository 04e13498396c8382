# ---
# id: cwe416-cffi-from-buffer-scoped-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: cffi, hashlib
# explanation: A checksum helper passes a bytes object to a C hashing function via ffi.from_buffer inside a with-block; the C function uses the pointer only during the call and does not retain it, and the cdata is released only after the call returns, so the memory is valid for the whole time C reads it.
# ---
from cffi import FFI

ffi = FFI()
ffi.cdef("uint64_t xxh64(const void *data, size_t len, uint64_t seed);")
xx = ffi.dlopen("libxxhash.so")


def xxh64_hex(data: bytes, seed: int = 0) -> str:
    with ffi.from_buffer(data) as view:
        digest = xx.xxh64(view, len(data), seed)
    return f"{digest:016x}"


def dedupe_chunks(chunks):
    seen, unique = set(), []
    for chunk in chunks:
        key = xxh64_hex(chunk)
        if key not in seen:
            seen.add(key)
            unique.append(chunk)
    return unique
