# ---
# id: cwe190-r3-native-items-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-r3-native-items-f
# tags: ctypes
# explanation: A binding over a C library allocates an array of records for a count taken from a network message. count * item_size is passed as a signed 32-bit int, so a big count wraps to a small allocation, while lib.fill_items writes count full records into it.
# ---
import ctypes


class RecordBatch:
    def __init__(self, lib, item_size=48):
        self._lib = lib
        self._item_size = item_size

    def load(self, count, stream):
        nbytes = ctypes.c_int32(count * self._item_size)  #@vuln
        ptr = self._lib.xalloc(nbytes)
        if not ptr:
            raise MemoryError("allocation failed")
        self._lib.fill_items(ptr, ctypes.c_size_t(count), stream)
        return ptr
