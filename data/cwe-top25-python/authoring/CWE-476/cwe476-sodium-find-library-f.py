# ---
# id: cwe476-sodium-find-library-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-sodium-find-library-v
# tags: ctypes
# explanation: The module now checks the result of find_library and raises ImportError with an installation hint when it is None, so CDLL is only called with a real library name.
# ---
import ctypes
import ctypes.util

_sodium_path = ctypes.util.find_library("sodium")
if _sodium_path is None:
    raise ImportError("libsodium not found; install libsodium23 or libsodium-dev")
sodium = ctypes.CDLL(_sodium_path)
sodium.sodium_init.restype = ctypes.c_int
sodium.randombytes_buf.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
sodium.randombytes_buf.restype = None

if sodium.sodium_init() < 0:
    raise ImportError("libsodium failed to initialise")


def random_token(nbytes: int = 32) -> str:
    buf = ctypes.create_string_buffer(nbytes)
    sodium.randombytes_buf(buf, nbytes)
    return buf.raw.hex()
