# ---
# id: cwe119-r3-byteswap-table-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-r3-byteswap-table-f
# tags: ctypes, mmap
# explanation: fix_endianness swaps a table of 32-bit words in place in a writable mapping. The word count is read from the table header in the file and used to size a ctypes array over the mapping's address, so a count larger than the file lets the loop read and write past the mapped region.
# ---
import ctypes
import mmap
import struct


def swap_table(mm: mmap.mmap, table_off: int) -> int:
    (count,) = struct.unpack_from("<I", mm, table_off)
    base = ctypes.addressof(ctypes.c_char.from_buffer(mm))
    words = (ctypes.c_uint32 * count).from_address(base + table_off + 4)  #@vuln
    for i in range(count):
        w = words[i]
        words[i] = int.from_bytes(w.to_bytes(4, "little"), "big")
    return count
