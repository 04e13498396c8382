# ---
# id: cwe190-r2-capture-index-mmap-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-r2-capture-index-mmap-f
# tags: mmap, ctypes, argparse
# explanation: A packet-capture extraction tool maps an uploaded capture file and reads its trailing index of (offset, length) records. The bounds check computes offset+length in a ctypes c_uint32, which wraps around, so a record with a huge offset passes the check and ctypes.memmove copies memory from far beyond the mapping.
# ---
"""Extract individual packets from an indexed capture archive."""

import argparse
import ctypes
import mmap
import os
import sys


class IndexEntry(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("offset", ctypes.c_uint32), ("length", ctypes.c_uint32), ("ts_usec", ctypes.c_uint64)]


class TrailerRecord(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("magic", ctypes.c_char * 4), ("entries", ctypes.c_uint32)]


class CaptureArchive:
    def __init__(self, path: str) -> None:
        self._fh = open(path, "rb")
        self._map = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_COPY)
        self._base = ctypes.addressof(ctypes.c_char.from_buffer(self._map))
        self.size = len(self._map)
        trailer = TrailerRecord.from_buffer_copy(self._map, self.size - ctypes.sizeof(TrailerRecord))
        if trailer.magic != b"CIDX":
            raise ValueError(f"{path}: missing capture index")
        self.count = trailer.entries

    def entry(self, n: int) -> IndexEntry:
        if not 0 <= n < self.count:
            raise IndexError(n)
        pos = self.size - ctypes.sizeof(TrailerRecord) - (self.count - n) * ctypes.sizeof(IndexEntry)
        return IndexEntry.from_buffer_copy(self._map, pos)

    def packet(self, n: int) -> bytes:
        rec = self.entry(n)
        end = ctypes.c_uint32(rec.offset + rec.length).value  #@vuln
        if end > self.size:
            raise ValueError(f"packet {n} lies outside the archive")
        out = ctypes.create_string_buffer(rec.length)
        ctypes.memmove(out, self._base + rec.offset, rec.length)
        return out.raw


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive")
    parser.add_argument("packets", nargs="+", type=int)
    parser.add_argument("-o", "--out-dir", default=".")
    args = parser.parse_args(argv)
    arc = CaptureArchive(args.archive)
    for n in args.packets:
        data = arc.packet(n)
        with open(os.path.join(args.out_dir, f"packet-{n:06d}.bin"), "wb") as fh:
            fh.write(data)
        print(f"packet {n}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
