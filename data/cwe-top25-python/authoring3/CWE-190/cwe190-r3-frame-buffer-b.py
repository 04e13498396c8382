# ---
# id: cwe190-r3-frame-buffer-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: ctypes, struct
# explanation: The frame size from the camera header is computed with Python integers (no wraparound) and checked against a hard maximum and against the received payload before the ctypes buffer is allocated and filled, so the native copy always fits.
# ---
import ctypes
import struct

_MAX_FRAME = 32 << 20


def frame_to_native(header, payload):
    cols, rows, depth = struct.unpack(">HHB", header[:5])
    nbytes = cols * rows * depth
    if not 0 < nbytes <= _MAX_FRAME:
        raise ValueError("frame size %d out of range" % nbytes)
    if len(payload) < nbytes:
        raise ValueError("short frame")
    frame = (ctypes.c_ubyte * nbytes).from_buffer_copy(payload[:nbytes])
    return frame
