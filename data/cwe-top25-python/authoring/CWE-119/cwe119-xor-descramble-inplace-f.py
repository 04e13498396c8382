# ---
# id: cwe119-xor-descramble-inplace-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-xor-descramble-inplace-v
# tags: ctypes, asyncio
# explanation: The C routine is now given len(buf), the size of the buffer that actually holds the received bytes, instead of the declared length from the header, so its in-place reads and writes cover exactly the buffer.
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
        stb.descramble(buf, len(buf), key)
        writer.write(HDR.pack(session, len(body), 0) + buf.raw)
        await writer.drain()


async def main() -> None:
    server = await asyncio.start_server(handle, "0.0.0.0", 5055)
    async with server:
        await server.serve_forever()
