# ---
# id: cwe125-r3-header-cast-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-r3-header-cast-v
# tags: ctypes, socket
# explanation: Datagrams shorter than the header structure are now refused before the overlay, so every field read falls inside the copied buffer.
# ---
import ctypes


class SensorHeader(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("node", ctypes.c_uint16), ("kind", ctypes.c_uint8), ("ts", ctypes.c_uint64), ("value", ctypes.c_double)]


def parse_datagram(data: bytes):
    if len(data) < ctypes.sizeof(SensorHeader):
        raise ValueError("short datagram")
    buf = ctypes.create_string_buffer(data, len(data))
    hdr = SensorHeader.from_address(ctypes.addressof(buf))
    return {"node": hdr.node, "kind": hdr.kind, "ts": hdr.ts, "value": hdr.value}
