# ---
# id: cwe125-camera-shm-frame-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-camera-shm-frame-f
# tags: ctypes, mmap, struct
# explanation: A recorder copies video frames out of a shared-memory segment written by a camera daemon. Width, height and offset are read from the frame header inside the segment and used directly in ctypes.string_at, so a corrupted or hostile header makes string_at read far past the end of the mapping, leaking unrelated process memory or crashing.
# ---
"""Record frames published by the camera daemon in shared memory."""

import ctypes
import mmap
import struct

FRAME_HDR = struct.Struct("<IIII")
SEGMENT_SIZE = 8 * 1024 * 1024


class FrameReader:
    def __init__(self, path="/dev/shm/cam0"):
        self._fh = open(path, "r+b")
        self._mm = mmap.mmap(self._fh.fileno(), SEGMENT_SIZE)
        self._raw = (ctypes.c_char * SEGMENT_SIZE).from_buffer(self._mm)
        self._base = ctypes.addressof(self._raw)

    def latest(self) -> bytes:
        seq, width, height, offset = FRAME_HDR.unpack_from(self._mm, 0)
        length = width * height * 2
        return ctypes.string_at(self._base + offset, length)  #@vuln


def record(reader: FrameReader, sink, frames: int) -> None:
    for _ in range(frames):
        sink.write(reader.latest())
