# ---
# id: cwe787-memmove-min-sizeof-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes, socket
# explanation: A NTP-like time client copies each received reply into a ctypes packet Structure with memmove using min(len(data), sizeof(Packet)), and zero-fills short replies first, so the copy never writes beyond the structure regardless of what the network sends.
# ---
import ctypes
import socket
import time

NTP_EPOCH = 2208988800


class Packet(ctypes.BigEndianStructure):
    _pack_ = 1
    _fields_ = [
        ("flags", ctypes.c_uint8),
        ("stratum", ctypes.c_uint8),
        ("poll", ctypes.c_int8),
        ("precision", ctypes.c_int8),
        ("root_delay", ctypes.c_uint32),
        ("root_dispersion", ctypes.c_uint32),
        ("ref_id", ctypes.c_uint32),
        ("ref_ts", ctypes.c_uint64),
        ("orig_ts", ctypes.c_uint64),
        ("recv_ts", ctypes.c_uint64),
        ("tx_ts", ctypes.c_uint64),
    ]


def query(server: str, timeout: float = 2.0) -> float:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout)
        sock.sendto(b"\x1b" + 47 * b"\0", (server, 123))
        data, _ = sock.recvfrom(1024)
    pkt = Packet()
    ctypes.memmove(ctypes.addressof(pkt), data, min(len(data), ctypes.sizeof(Packet)))
    return (pkt.tx_ts >> 32) - NTP_EPOCH + (pkt.tx_ts & 0xFFFFFFFF) / 2**32 - time.time()
