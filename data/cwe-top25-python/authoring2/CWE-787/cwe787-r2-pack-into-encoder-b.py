# ---
# id: cwe787-r2-pack-into-encoder-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: struct, memoryview, asyncio
# explanation: A Modbus-style response encoder writes register values into a preallocated bytearray through memoryview slices and struct.pack_into at computed offsets. The buffer is sized from the number of registers before writing, and struct.pack_into and memoryview slice assignment both raise on any out-of-range offset, so the offsets cannot write outside the buffer.
# ---
"""Encoder for read-holding-registers responses."""

import asyncio
import logging
import struct
from typing import Sequence

log = logging.getLogger("plc.encoder")

MBAP = struct.Struct(">HHHB")
PDU_HEAD = struct.Struct(">BB")
MAX_REGISTERS = 125


class EncodeError(ValueError):
    pass


def encode_read_response(transaction: int, unit: int, registers: Sequence[int]) -> bytes:
    if len(registers) > MAX_REGISTERS:
        raise EncodeError(f"{len(registers)} registers do not fit one response")
    byte_count = 2 * len(registers)
    frame = bytearray(MBAP.size + PDU_HEAD.size + byte_count)
    MBAP.pack_into(frame, 0, transaction, 0, 1 + PDU_HEAD.size + byte_count, unit)
    PDU_HEAD.pack_into(frame, MBAP.size, 0x03, byte_count)
    view = memoryview(frame)
    offset = MBAP.size + PDU_HEAD.size
    for i, value in enumerate(registers):
        struct.pack_into(">H", view, offset + 2 * i, value & 0xFFFF)
    return bytes(frame)


def decode_request(data: bytes):
    transaction, proto, length, unit = MBAP.unpack_from(data, 0)
    function, start, count = struct.unpack_from(">BHH", data, MBAP.size)
    if proto != 0 or function != 0x03:
        raise EncodeError("unsupported request")
    return transaction, unit, start, count


class RegisterServer(asyncio.Protocol):
    def __init__(self, registers: list[int]):
        self.registers = registers
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes):
        try:
            transaction, unit, start, count = decode_request(data)
            block = self.registers[start:start + count]
            self.transport.write(encode_read_response(transaction, unit, block))
        except (EncodeError, struct.error) as exc:
            log.warning("bad request from %s: %s", self.transport.get_extra_info("peername"), exc)
            self.transport.close()
