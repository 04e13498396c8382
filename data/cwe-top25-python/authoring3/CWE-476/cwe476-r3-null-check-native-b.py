# ---
# id: cwe476-r3-null-check-native-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The wrapper checks the returned pointer for NULL and raises KeyError before calling string_at, so a missing key is a Python exception rather than a native NULL dereference.
# ---
import ctypes


def cache_get(lib, handle, key: bytes) -> bytes:
    lib.cache_lookup.restype = ctypes.c_void_p
    size = ctypes.c_size_t()
    ptr = lib.cache_lookup(handle, key, ctypes.byref(size))
    if not ptr:
        raise KeyError(key)
    try:
        return ctypes.string_at(ptr, size.value)
    finally:
        lib.cache_release(handle, ptr)
