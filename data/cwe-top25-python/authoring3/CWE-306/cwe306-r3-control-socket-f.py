# ---
# id: cwe306-r3-control-socket-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-r3-control-socket-v
# tags: asyncio
# explanation: The control connection must now start with the device's shared control key (compared in constant time) before any command is dispatched; peers without it are disconnected.
# ---
import asyncio
import hmac


async def handle_control(reader, writer, gateway):
    first = (await reader.readline()).decode().strip()
    if not hmac.compare_digest(first.encode(), ("AUTH " + gateway.control_key).encode()):
        writer.close()
        return
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd, _, arg = line.decode().strip().partition(" ")
        handler = gateway.commands.get(cmd.lower())
        reply = handler(arg) if handler else "ERR unknown"
        writer.write((str(reply) + "\n").encode())
        await writer.drain()
    writer.close()


async def serve(gateway, port=7020):
    server = await asyncio.start_server(lambda r, w: handle_control(r, w, gateway), "0.0.0.0", port)
    async with server:
        await server.serve_forever()
