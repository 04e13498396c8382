# ---
# id: cwe787-modbus-reply-byref-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-modbus-reply-byref-v
# tags: ctypes, struct
# explanation: read_holding() now rejects register counts whose data would not fit in the reply after the 4-byte header, so the memmove at offset 4 always stays inside the 128-byte reply buffer.
# ---
import ctypes
import struct

REPLY_SIZE = 128
REQ = struct.Struct(">BBHH")


class Responder:
    def __init__(self, registers: bytes):
        self.registers = registers
        self.reply = (ctypes.c_ubyte * REPLY_SIZE)()

    def read_holding(self, request: bytes) -> bytes:
        unit, func, start, count = REQ.unpack_from(request)
        if not 1 <= count <= (REPLY_SIZE - 4) // 2:
            raise ValueError("count out of range")
        data = self.registers[start * 2 : (start + count) * 2]
        struct.pack_into(">BBH", self.reply, 0, unit, func, len(data))
        ctypes.memmove(ctypes.byref(self.reply, 4), data, len(data))
        return bytes(self.reply[: 4 + len(data)])
