# ---
# id: cwe787-log-record-pack-into-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: struct, mmap
# explanation: A flight-data recorder appends fixed-size records to a memory-mapped file with struct.pack_into. It computes the next offset from the record index and refuses to write when offset + RECORD.size would pass the end of the map, and every field has a fixed width in the format, so writes stay inside their slot and the map.
# ---
"""Append-only flight data recorder backed by a memory-mapped file."""

import mmap
import struct
import time

RECORD = struct.Struct("<dffff16s")
HEADER = struct.Struct("<4sI")


class Recorder:
    def __init__(self, path: str, capacity: int = 100_000):
        size = HEADER.size + capacity * RECORD.size
        self._fh = open(path, "w+b")
        self._fh.truncate(size)
        self.mm = mmap.mmap(self._fh.fileno(), size)
        self.count = 0
        HEADER.pack_into(self.mm, 0, b"FDR1", 0)

    def append(self, alt: float, speed: float, pitch: float, roll: float, phase: str) -> bool:
        offset = HEADER.size + self.count * RECORD.size
        if offset + RECORD.size > len(self.mm):
            return False
        RECORD.pack_into(self.mm, offset, time.time(), alt, speed, pitch, roll, phase.encode()[:16])
        self.count += 1
        HEADER.pack_into(self.mm, 0, b"FDR1", self.count)
        return True
