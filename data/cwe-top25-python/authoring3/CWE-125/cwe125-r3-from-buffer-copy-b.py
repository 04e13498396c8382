# ---
# id: cwe125-r3-from-buffer-copy-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: from_buffer_copy raises ValueError when the source is shorter than the structure, so decoding a truncated record fails cleanly instead of reading past the received bytes.
# ---
import ctypes


class LogRecord(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("level", ctypes.c_uint8), ("pid", ctypes.c_uint32), ("ts", ctypes.c_double)]


def decode_records(payload: bytes):
    size = ctypes.sizeof(LogRecord)
    out = []
    for off in range(0, len(payload) - size + 1, size):
        rec = LogRecord.from_buffer_copy(payload, off)
        out.append((rec.level, rec.pid, rec.ts))
    return out
