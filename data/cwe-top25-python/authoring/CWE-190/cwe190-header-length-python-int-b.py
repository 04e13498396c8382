# ---
# id: cwe190-header-length-python-int-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: struct, ctypes
# explanation: A container-format parser reads 32-bit chunk counts and sizes with struct but does all size arithmetic with Python ints, which never wrap, and compares the total with both a hard limit and the bytes actually available before allocating the ctypes buffer and copying into it.
# ---
import ctypes
import struct

CHUNK = struct.Struct("<4sII")
MAX_TOTAL = 256 * 1024 * 1024


def gather_chunks(data: bytes, tag: bytes) -> ctypes.Array:
    pos, pieces = 0, []
    while pos + CHUNK.size <= len(data):
        ctag, count, size = CHUNK.unpack_from(data, pos)
        body_len = count * size
        start = pos + CHUNK.size
        if start + body_len > len(data):
            raise ValueError("chunk extends past end of file")
        if ctag == tag:
            pieces.append(data[start : start + body_len])
        pos = start + body_len
    total = sum(len(p) for p in pieces)
    if total > MAX_TOTAL:
        raise ValueError("chunks too large")
    buf = ctypes.create_string_buffer(total)
    offset = 0
    for piece in pieces:
        ctypes.memmove(ctypes.addressof(buf) + offset, piece, len(piece))
        offset += len(piece)
    return buf
