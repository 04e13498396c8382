# ---
# id: cwe190-r3-record-slice-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: struct
# explanation: Offsets and lengths from a record table are unpacked into Python ints, which cannot wrap, and offset + length is compared with the buffer size before a memoryview slice is taken, so each record stays inside the message.
# ---
import struct

_ENTRY = struct.Struct("<II")


def iter_records(blob: bytes, count: int):
    view = memoryview(blob)
    table_end = 4 + count * _ENTRY.size
    if table_end > len(blob):
        raise ValueError("record table truncated")
    for i in range(count):
        offset, length = _ENTRY.unpack_from(blob, 4 + i * _ENTRY.size)
        if offset < table_end or offset + length > len(blob):
            raise ValueError("record %d out of bounds" % i)
        yield view[offset:offset + length]
