# ---
# id: cwe125-wal-record-unpack-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: struct, mmap
# explanation: A write-ahead-log reader walks length-prefixed records in a memory-mapped file with struct.unpack_from. Before reading each header or body it checks that the header and the declared body length fit in the remaining bytes, and stops at a truncated tail, so every read stays inside the map.
# ---
"""Write-ahead log replay."""

import mmap
import struct
import zlib

REC = struct.Struct("<IIQ")


def iter_records(path):
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        pos, end = 0, len(mm)
        while pos + REC.size <= end:
            length, crc, lsn = REC.unpack_from(mm, pos)
            body_start = pos + REC.size
            if length > end - body_start:
                break
            body = mm[body_start : body_start + length]
            if zlib.crc32(body) != crc:
                break
            yield lsn, body
            pos = body_start + length


def replay(path, apply):
    last = None
    for lsn, body in iter_records(path):
        apply(lsn, body)
        last = lsn
    return last
