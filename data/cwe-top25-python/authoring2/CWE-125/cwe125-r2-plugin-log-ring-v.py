# ---
# id: cwe125-r2-plugin-log-ring-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-r2-plugin-log-ring-f
# tags: ctypes, mmap, logging
# explanation: A supervisor drains log records that sandboxed plugins write into a shared-memory ring. Each record's length comes from the record header written by the plugin, and the supervisor passes it straight to ctypes.string_at; a plugin that writes a large length makes the supervisor read memory beyond the ring mapping.
# ---
"""Drain plugin log rings into the supervisor's logging tree."""

import ctypes
import logging
import mmap
import os
import struct
import time

log = logging.getLogger("supervisor.plugins")

RING_HEADER = struct.Struct("<II")
RECORD_HEADER = struct.Struct("<HBxI")
MAX_BATCH = 1000
LEVELS = {0: logging.DEBUG, 1: logging.INFO, 2: logging.WARNING, 3: logging.ERROR}


class LogRing:
    def __init__(self, plugin: str, shm_path: str) -> None:
        self.plugin = plugin
        fd = os.open(shm_path, os.O_RDWR)
        try:
            self._map = mmap.mmap(fd, 0)
        finally:
            os.close(fd)
        self._base = ctypes.addressof(ctypes.c_char.from_buffer(self._map))
        self.capacity = len(self._map) - RING_HEADER.size
        self.logger = log.getChild(plugin)

    def _positions(self):
        return RING_HEADER.unpack_from(self._map, 0)

    def drain(self) -> int:
        write_pos, read_pos = self._positions()
        count = 0
        while read_pos != write_pos and count < MAX_BATCH:
            if read_pos + RECORD_HEADER.size > self.capacity:
                read_pos = 0
                continue
            level, _flags, length = RECORD_HEADER.unpack_from(self._map, RING_HEADER.size + read_pos)
            start = self._base + RING_HEADER.size + read_pos + RECORD_HEADER.size
            message = ctypes.string_at(start, length)  #@vuln
            self.logger.log(LEVELS.get(level, logging.INFO), "%s", message.decode("utf-8", "replace"))
            read_pos = (read_pos + RECORD_HEADER.size + length) % self.capacity
            count += 1
        struct.pack_into("<I", self._map, 4, read_pos)
        return count


def supervise(rings: list[LogRing], interval: float = 0.5) -> None:
    while True:
        drained = sum(ring.drain() for ring in rings)
        if not drained:
            time.sleep(interval)
