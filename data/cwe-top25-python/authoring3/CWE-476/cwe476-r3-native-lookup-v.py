# ---
# id: cwe476-r3-native-lookup-v
# cwe: CWE-476
# vulnerable: true
# twin: none
# tags: ctypes
# explanation: kv_get returns a NULL pointer when the key is absent, and the wrapper passes the result straight to ctypes.string_at. A lookup of any missing key, which the API's callers control, dereferences NULL in native code and kills the whole process.
# ---
import ctypes


class KVStore:
    def __init__(self, lib, path: bytes):
        self._lib = lib
        self._lib.kv_get.restype = ctypes.c_void_p
        self._db = lib.kv_open(path)

    def get(self, key: str) -> bytes:
        size = ctypes.c_size_t()
        ptr = self._lib.kv_get(self._db, key.encode(), ctypes.byref(size))
        return ctypes.string_at(ptr, size.value)  #@vuln
