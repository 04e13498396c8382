# ---
# id: cwe306-socket-token-handshake-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: asyncio, hmac, secrets, iot
# explanation: A greenhouse controller accepts valve commands over a raw asyncio TCP socket, but each connection must first answer a random challenge with an HMAC computed using the shared provisioning key; without the key the connection is closed before any command is read.
# ---
import asyncio
import hashlib
import hmac
import os
import secrets

from greenhouse.valves import set_valve

KEY = bytes.fromhex(os.environ["CONTROLLER_KEY_HEX"])


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    challenge = secrets.token_bytes(16)
    writer.write(challenge)
    await writer.drain()
    answer = await reader.readexactly(32)
    if not hmac.compare_digest(answer, hmac.new(KEY, challenge, hashlib.sha256).digest()):
        writer.close()
        return
    while line := await reader.readline():
        parts = line.decode().split()
        if len(parts) == 3 and parts[0] == "VALVE" and parts[2] in ("open", "closed"):
            set_valve(int(parts[1]), parts[2] == "open")
            writer.write(b"OK\n")
        else:
            writer.write(b"ERR\n")
        await writer.drain()
    writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle, "0.0.0.0", 7801)
    async with server:
        await server.serve_forever()
