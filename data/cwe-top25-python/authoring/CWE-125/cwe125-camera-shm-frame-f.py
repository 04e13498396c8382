# ---
# id: cwe125-camera-shm-frame-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-camera-shm-frame-v
# tags: ctypes, mmap, struct
# explanation: latest() now checks that the frame described by the header (offset past the header, offset + width*height*2 within the segment) lies inside the mapping before calling string_at, so the read can never leave the shared-memory segment.
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
        if offset < FRAME_HDR.size or offset + length > SEGMENT_SIZE:
            raise ValueError(f"frame {seq} lies outside the segment")
        return ctypes.string_at(self._base + offset, length)


def record(reader: FrameReader, sink, frames: int) -> None:
    for _ in range(frames):
        sink.write(reader.latest())
