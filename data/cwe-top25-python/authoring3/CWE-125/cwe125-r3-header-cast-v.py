# ---
# id: cwe125-r3-header-cast-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-r3-header-cast-f
# tags: ctypes, socket
# explanation: parse_datagram overlays a ctypes structure on the received datagram with from_address. Nothing checks that the datagram is at least sizeof(SensorHeader) bytes, so a short datagram makes the field reads run past the end of the buffer.
# ---
import ctypes


class SensorHeader(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("node", ctypes.c_uint16), ("kind", ctypes.c_uint8), ("ts", ctypes.c_uint64), ("value", ctypes.c_double)]


def parse_datagram(data: bytes):
    buf = ctypes.create_string_buffer(data, len(data))
    hdr = SensorHeader.from_address(ctypes.addressof(buf))  #@vuln
    return {"node": hdr.node, "kind": hdr.kind, "ts": hdr.ts, "value": hdr.value}
