# ---
# id: cwe119-xor-descramble-inplace-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-xor-descramble-inplace-f
# tags: ctypes, asyncio
# explanation: A legacy set-top-box protocol scrambles payloads; the handler copies each payload into a ctypes buffer of exactly its size and calls a C routine that descrambles in place, reading and writing n bytes. n is the payload length declared in the message header, not the buffer size, so a header claiming more bytes than were sent makes the C routine read and write past the buffer.
# ---
"""Gateway for the legacy set-top-box protocol."""

import asyncio
import ctypes
import struct

stb = ctypes.CDLL("libstbcrypt.so")
stb.descramble.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint32]
HDR = struct.Struct("!IHI")


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        head = await reader.readexactly(HDR.size)
        session, declared_len, key = HDR.unpack(head)
        body = await reader.read(min(declared_len, 4096))
        buf = ctypes.create_string_buffer(body, len(body))
        stb.descramble(buf, declared_len, key)  #@vuln
        writer.write(HDR.pack(session, len(body), 0) + buf.raw)
        await writer.drain()


async def main() -> None:
    server = await asyncio.start_server(handle, "0.0.0.0", 5055)
    async with server:
        await server.serve_forever()
