# ---
# id: cwe119-r3-compact-journal-v
# cwe: CWE-119
# vulnerable: true
# twin: none
# tags: ctypes, mmap
# explanation: compact() replays move records from a journal file against a memory-mapped store using raw memmove on addresses. Source, destination and length come from the journal, which is data on disk, and none are checked against the mapping size, so a corrupt or crafted journal moves memory outside the store.
# ---
import ctypes
import mmap
import struct

MOVE = struct.Struct("<QQI")


def compact(store: mmap.mmap, journal: bytes) -> int:
    base = ctypes.addressof(ctypes.c_char.from_buffer(store))
    moved = 0
    for off in range(0, len(journal) - MOVE.size + 1, MOVE.size):
        src, dst, length = MOVE.unpack_from(journal, off)
        ctypes.memmove(base + dst, base + src, length)  #@vuln
        moved += length
    store.flush()
    return moved
