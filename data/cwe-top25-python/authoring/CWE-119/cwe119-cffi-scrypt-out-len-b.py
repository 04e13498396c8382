# ---
# id: cwe119-cffi-scrypt-out-len-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: cffi, secrets
# explanation: A key-derivation wrapper calls a C scrypt implementation with an output buffer created by ffi.new("uint8_t[]", dklen) and passes the same dklen as the output length; the password and salt are passed with their own lengths, so every size argument describes the buffer it accompanies.
# ---
import secrets

from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    int crypto_scrypt(const uint8_t *pw, size_t pwlen, const uint8_t *salt, size_t saltlen,
                      uint64_t n, uint32_t r, uint32_t p, uint8_t *out, size_t outlen);
    """
)
lib = ffi.dlopen("libscrypt.so")


def derive(password: bytes, salt: bytes = None, dklen: int = 32, n: int = 1 << 15) -> tuple:
    if not 16 <= dklen <= 64:
        raise ValueError("dklen must be between 16 and 64")
    salt = salt or secrets.token_bytes(16)
    out = ffi.new("uint8_t[]", dklen)
    rc = lib.crypto_scrypt(password, len(password), salt, len(salt), n, 8, 1, out, dklen)
    if rc != 0:
        raise RuntimeError("scrypt failed")
    return salt, bytes(ffi.buffer(out, dklen))
