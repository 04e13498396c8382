# ---
# id: cwe787-r3-struct-from-wire-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The packet header is copied into a ctypes structure with memmove, but the number of bytes copied is sizeof(the structure), not the packet length, and short packets are refused first; the write is exactly the structure's own size.
# ---
import ctypes


class PacketHeader(ctypes.BigEndianStructure):
    _pack_ = 1
    _fields_ = [
        ("version", ctypes.c_uint8),
        ("kind", ctypes.c_uint8),
        ("length", ctypes.c_uint16),
        ("seq", ctypes.c_uint32),
    ]


def read_header(packet: bytes) -> PacketHeader:
    hdr = PacketHeader()
    if len(packet) < ctypes.sizeof(hdr):
        raise ValueError("short packet")
    ctypes.memmove(ctypes.byref(hdr), packet, ctypes.sizeof(hdr))
    return hdr
