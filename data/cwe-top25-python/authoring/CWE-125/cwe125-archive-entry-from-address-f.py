# ---
# id: cwe125-archive-entry-from-address-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-archive-entry-from-address-v
# tags: ctypes, mmap
# explanation: list_entries() now verifies that the whole entry table (table_off + count * sizeof(PackEntry)) fits inside the mapped file before overlaying any entry, so from_address only ever points into the map.
# ---
"""Reader for .apk1 asset packs."""

import ctypes
import mmap


class PackHeader(ctypes.LittleEndianStructure):
    _fields_ = [("magic", ctypes.c_char * 4), ("count", ctypes.c_uint32), ("table_off", ctypes.c_uint64)]


class PackEntry(ctypes.LittleEndianStructure):
    _fields_ = [("name", ctypes.c_char * 56), ("offset", ctypes.c_uint64), ("size", ctypes.c_uint64)]


def list_entries(path: str):
    with open(path, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY)
    raw = (ctypes.c_char * len(mm)).from_buffer(mm)
    base = ctypes.addressof(raw)
    header = PackHeader.from_buffer_copy(mm, 0)
    if header.magic != b"APK1":
        raise ValueError("not an asset pack")
    table_end = header.table_off + header.count * ctypes.sizeof(PackEntry)
    if header.table_off < ctypes.sizeof(PackHeader) or table_end > len(mm):
        raise ValueError("entry table lies outside the pack")
    entries = []
    for i in range(header.count):
        entry = PackEntry.from_address(base + header.table_off + i * ctypes.sizeof(PackEntry))
        entries.append((entry.name.decode(), entry.offset, entry.size))
    return entries
