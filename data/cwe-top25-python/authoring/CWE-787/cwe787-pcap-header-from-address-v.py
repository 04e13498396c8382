# ---
# id: cwe787-pcap-header-from-address-v
# cwe: CWE-787
# vulnerable: true
# twin: none
# tags: ctypes
# explanation: A packet rewriter maps each captured frame into a ctypes buffer and patches the TTL and checksum of the IP header in place by overlaying a Structure with from_address at an offset taken from the frame's own link-layer length byte. A crafted frame with a large offset makes the structure land past the end of the buffer, and the field assignments write out of bounds.
# ---
import ctypes


class IPv4Header(ctypes.BigEndianStructure):
    _pack_ = 1
    _fields_ = [
        ("ver_ihl", ctypes.c_uint8),
        ("tos", ctypes.c_uint8),
        ("total_len", ctypes.c_uint16),
        ("ident", ctypes.c_uint16),
        ("frag", ctypes.c_uint16),
        ("ttl", ctypes.c_uint8),
        ("proto", ctypes.c_uint8),
        ("checksum", ctypes.c_uint16),
        ("src", ctypes.c_uint32),
        ("dst", ctypes.c_uint32),
    ]


def ip_checksum(hdr: IPv4Header) -> int:
    raw = bytes(hdr)
    total = sum(int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw), 2))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def decrement_ttl(frame: bytearray) -> None:
    buf = (ctypes.c_char * len(frame)).from_buffer(frame)
    link_len = frame[0]
    hdr = IPv4Header.from_address(ctypes.addressof(buf) + 1 + link_len)
    hdr.ttl = max(hdr.ttl - 1, 0)  #@vuln
    hdr.checksum = 0
    hdr.checksum = ip_checksum(hdr)
