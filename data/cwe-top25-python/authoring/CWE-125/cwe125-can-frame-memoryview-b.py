# ---
# id: cwe125-can-frame-memoryview-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: socket, struct
# explanation: A CAN bus logger parses frames received from a raw socket with memoryview slicing and struct.unpack_from; the data length code is clamped to the 8 bytes a classic CAN frame carries, and slicing a memoryview of the 16-byte frame can never read past it.
# ---
"""CAN bus frame logger."""

import socket
import struct

CAN_FRAME = struct.Struct("=IB3x8s")


def read_frames(ifname="can0"):
    sock = socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW)
    sock.bind((ifname,))
    while True:
        frame = sock.recv(CAN_FRAME.size)
        if len(frame) < CAN_FRAME.size:
            continue
        can_id, dlc, _ = CAN_FRAME.unpack_from(frame)
        data = memoryview(frame)[8 : 8 + min(dlc, 8)]
        yield can_id & socket.CAN_EFF_MASK, bytes(data)


def log(ifname="can0"):
    for can_id, data in read_frames(ifname):
        print(f"{can_id:08x} [{len(data)}] {data.hex(' ')}")
