# ---
# id: cwe125-archive-entry-from-address-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-archive-entry-from-address-f
# tags: ctypes, mmap
# explanation: A reader for a custom asset-pack format memory-maps the pack and overlays an entry-table Structure with from_address at the table offset stored in the file header. The offset is not checked against the mapping size, so a malformed pack makes the code read entry fields from memory past the end of the map.
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
    entries = []
    for i in range(header.count):
        entry = PackEntry.from_address(base + header.table_off + i * ctypes.sizeof(PackEntry))  #@vuln
        entries.append((entry.name.decode(), entry.offset, entry.size))
    return entries
