# ---
# id: cwe476-sodium-find-library-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-sodium-find-library-f
# tags: ctypes
# explanation: A token module loads libsodium with ctypes.CDLL(ctypes.util.find_library("sodium")). find_library returns None when the library is not installed, and CDLL(None) silently opens the running Python process instead, so the following sodium_init lookup fails with an AttributeError at import time on machines without libsodium; the None result is used as a library name.
# ---
import ctypes
import ctypes.util

sodium = ctypes.CDLL(ctypes.util.find_library("sodium"))  #@vuln
sodium.sodium_init.restype = ctypes.c_int
sodium.randombytes_buf.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
sodium.randombytes_buf.restype = None

if sodium.sodium_init() < 0:
    raise ImportError("libsodium failed to initialise")


def random_token(nbytes: int = 32) -> str:
    buf = ctypes.create_string_buffer(nbytes)
    sodium.randombytes_buf(buf, nbytes)
    return buf.raw.hex()
