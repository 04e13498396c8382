# ---
# id: cwe190-r3-native-items-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-r3-native-items-v
# tags: ctypes
# explanation: The count from the message is checked against the largest value whose byte size still fits in a signed 32-bit int before the size is computed, so the allocation always holds count records and fill_items stays inside it.
# ---
import ctypes

INT32_MAX = 2**31 - 1


class RecordBatch:
    def __init__(self, lib, item_size=48):
        self._lib = lib
        self._item_size = item_size

    def load(self, count, stream):
        if count < 0 or count > INT32_MAX // self._item_size:
            raise ValueError("record count out of range")
        nbytes = ctypes.c_int32(count * self._item_size)
        ptr = self._lib.xalloc(nbytes)
        if not ptr:
            raise MemoryError("allocation failed")
        self._lib.fill_items(ptr, ctypes.c_size_t(count), stream)
        return ptr
