# ---
# id: cwe119-r2-relay-header-cast-v
# cwe: CWE-119
# vulnerable: true
# twin: none
# tags: ctypes, socket, udp
# explanation: A UDP relay for a telemetry mesh rewrites the hop-count and route fields of each packet in place. It casts a ctypes copy of each datagram to a pointer to the 48-byte extended header whenever the version byte says 2, without checking that the datagram is that long, so a short version-2 datagram makes the relay read and modify bytes past the end of that buffer.
# ---
"""Mesh relay: forward telemetry packets between radio segments."""

import ctypes
import logging
import socket

log = logging.getLogger("mesh.relay")

RECV_SIZE = 2048


class BaseHeader(ctypes.BigEndianStructure):
    _pack_ = 1
    _fields_ = [("version", ctypes.c_uint8), ("hops", ctypes.c_uint8), ("flags", ctypes.c_uint16),
                ("source", ctypes.c_uint32)]


class ExtendedHeader(ctypes.BigEndianStructure):
    _pack_ = 1
    _fields_ = BaseHeader._fields_ + [("route", ctypes.c_uint32 * 8), ("checksum", ctypes.c_uint32),
                                      ("reserved", ctypes.c_uint8 * 4)]


class Relay:
    def __init__(self, listen: tuple[str, int], upstream: tuple[str, int], node_id: int, max_hops: int = 8):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(listen)
        self.upstream = upstream
        self.node_id = node_id
        self.max_hops = max_hops

    def rewrite(self, data: bytes):
        if len(data) < ctypes.sizeof(BaseHeader):
            return None
        buf = ctypes.create_string_buffer(data, len(data))
        base = BaseHeader.from_buffer(buf)
        if base.hops >= self.max_hops:
            return None
        if base.version == 2:
            ext = ctypes.cast(buf, ctypes.POINTER(ExtendedHeader)).contents  #@vuln
            ext.route[ext.hops % 8] = self.node_id
            ext.checksum = sum(ext.route) & 0xFFFFFFFF
        base.hops += 1
        return buf.raw

    def serve_forever(self) -> None:
        while True:
            data, peer = self.sock.recvfrom(RECV_SIZE)
            packet = self.rewrite(data)
            if packet is None:
                log.debug("dropped %d bytes from %s", len(data), peer)
                continue
            self.sock.sendto(packet, self.upstream)
