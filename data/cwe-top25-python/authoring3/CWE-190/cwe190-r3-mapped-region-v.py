# ---
# id: cwe190-r3-mapped-region-v
# cwe: CWE-190
# vulnerable: true
# twin: none
# tags: ctypes, mmap
# explanation: read_region copies a region of a memory-mapped file through a raw pointer. The offset and length come from a request, and the end offset is masked to 32 bits to mimic the C layout, so offset + length wraps to a small number, passes the size check, and memmove reads far outside the mapping.
# ---
import ctypes
import mmap


class MappedStore:
    def __init__(self, fileobj):
        self._mm = mmap.mmap(fileobj.fileno(), 0, access=mmap.ACCESS_COPY)
        self.size = len(self._mm)
        self._base = ctypes.addressof(ctypes.c_char.from_buffer(self._mm))

    def read_region(self, offset, length):
        end = (offset + length) & 0xFFFFFFFF  #@vuln
        if end > self.size:
            raise IndexError("region outside store")
        out = ctypes.create_string_buffer(length)
        ctypes.memmove(out, self._base + offset, length)
        return out.raw
