# ---
# id: cwe787-beacon-pack-into-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: struct, socket
# explanation: A BLE-gateway beacon encoder allocates a bytearray of exactly header size plus payload length and writes the header and payload with struct.pack_into at offsets derived from the same sizes. The payload length is capped at 240 bytes to fit the 8-bit length field, so every write lies inside the buffer that was sized for it.
# ---
"""Beacon frame encoding for the BLE gateway."""

import socket
import struct
import zlib

HEADER = struct.Struct("!4sBBH")
TRAILER = struct.Struct("!I")
MAX_PAYLOAD = 240


def encode_beacon(device_id: bytes, kind: int, seq: int, payload: bytes) -> bytearray:
    if len(device_id) != 4 or len(payload) > MAX_PAYLOAD:
        raise ValueError("device id must be 4 bytes and payload at most 240 bytes")
    frame = bytearray(HEADER.size + len(payload) + TRAILER.size)
    HEADER.pack_into(frame, 0, device_id, kind, len(payload), seq & 0xFFFF)
    struct.pack_into(f"{len(payload)}s", frame, HEADER.size, payload)
    TRAILER.pack_into(frame, HEADER.size + len(payload), zlib.crc32(frame[: HEADER.size + len(payload)]))
    return frame


def broadcast(sock: socket.socket, frames, port=47800):
    for frame in frames:
        sock.sendto(frame, ("255.255.255.255", port))
