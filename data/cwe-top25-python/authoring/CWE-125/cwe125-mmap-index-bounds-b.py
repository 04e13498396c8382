# ---
# id: cwe125-mmap-index-bounds-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: mmap, struct
# explanation: A key-value reader looks up records in a memory-mapped sorted index with struct.unpack_from; every offset is derived from an entry number checked against the entry count, and each value slice is checked against the map length, and Python mmap slicing and unpack_from are themselves bounds-checked.
# ---
import mmap
import struct

ENTRY = struct.Struct("<QII")
HEADER = struct.Struct("<4sI")


class SortedIndex:
    def __init__(self, path: str):
        self._fh = open(path, "rb")
        self.mm = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ)
        magic, self.count = HEADER.unpack_from(self.mm, 0)
        if magic != b"SKV1" or HEADER.size + self.count * ENTRY.size > len(self.mm):
            raise ValueError("corrupt index")

    def _entry(self, i: int):
        return ENTRY.unpack_from(self.mm, HEADER.size + i * ENTRY.size)

    def get(self, key: int):
        lo, hi = 0, self.count
        while lo < hi:
            mid = (lo + hi) // 2
            k, off, length = self._entry(mid)
            if k < key:
                lo = mid + 1
            elif k > key:
                hi = mid
            else:
                if off + length > len(self.mm):
                    raise ValueError("corrupt value offset")
                return self.mm[off : off + length]
        return None
