# ---
# id: cwe787-r3-pack-header-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: struct
# explanation: struct.pack_into writes into a Python bytearray and raises struct.error if the write would not fit; the code also checks the offset against the buffer size first. Nothing can be written outside the buffer.
# ---
import struct

HEADER = struct.Struct("!HHI")


def write_header(buf: bytearray, offset: int, kind: int, flags: int, length: int) -> int:
    if offset < 0 or offset + HEADER.size > len(buf):
        raise ValueError("header does not fit at offset %d" % offset)
    HEADER.pack_into(buf, offset, kind, flags, length)
    return offset + HEADER.size
