# ---
# id: cwe190-uint8-checksum-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy, pyserial
# explanation: A serial protocol driver computes the frame checksum as the sum of bytes modulo 256 using numpy uint8 arithmetic. Wrapping is exactly what the protocol's 8-bit checksum specifies, and the result is only compared with the checksum byte in the frame, never used as a length or index.
# ---
import numpy as np
import serial


def checksum(body: bytes) -> int:
    return int(np.frombuffer(body, dtype=np.uint8).sum(dtype=np.uint8))


def frame(cmd: int, body: bytes) -> bytes:
    if len(body) > 250:
        raise ValueError("body too long")
    head = bytes([0x7E, cmd, len(body)])
    return head + body + bytes([checksum(head[1:] + body)])


def read_frame(port: serial.Serial) -> bytes:
    head = port.read(3)
    if len(head) != 3 or head[0] != 0x7E:
        raise IOError("lost sync")
    body = port.read(head[2])
    (check,) = port.read(1) or b"\x00"
    if len(body) != head[2] or checksum(head[1:] + body) != check:
        raise IOError("bad checksum")
    return body
