# ---
# id: cwe119-r3-byteswap-table-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-r3-byteswap-table-v
# tags: ctypes, mmap
# explanation: The table's end (offset + 4 + 4 * count) is compared with the mapping size before the ctypes array is laid over it, so every read and write of the swap loop is inside the mapping.
# ---
import ctypes
import mmap
import struct


def swap_table(mm: mmap.mmap, table_off: int) -> int:
    (count,) = struct.unpack_from("<I", mm, table_off)
    if table_off + 4 + 4 * count > len(mm):
        raise ValueError("word table runs past end of file")
    base = ctypes.addressof(ctypes.c_char.from_buffer(mm))
    words = (ctypes.c_uint32 * count).from_address(base + table_off + 4)
    for i in range(count):
        w = words[i]
        words[i] = int.from_bytes(w.to_bytes(4, "little"), "big")
    return count
