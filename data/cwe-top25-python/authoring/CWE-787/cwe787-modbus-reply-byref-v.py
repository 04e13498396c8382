# ---
# id: cwe787-modbus-reply-byref-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-modbus-reply-byref-f
# tags: ctypes, struct
# explanation: A Modbus-like responder builds replies in a 128-byte ctypes buffer: a 4-byte header followed by register data. The number of registers comes from the request and only its minimum is checked, so memmove writes 2*count bytes after the header and a count of 200 writes hundreds of bytes past the reply buffer.
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
        if count < 1:
            raise ValueError("count must be positive")
        data = self.registers[start * 2 : (start + count) * 2]
        struct.pack_into(">BBH", self.reply, 0, unit, func, len(data))
        ctypes.memmove(ctypes.byref(self.reply, 4), data, len(data))  #@vuln
        return bytes(self.reply[: 4 + len(data)])
