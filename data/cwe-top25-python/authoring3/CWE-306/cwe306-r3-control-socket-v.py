# ---
# id: cwe306-r3-control-socket-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-r3-control-socket-f
# tags: asyncio
# explanation: Control port of an IoT gateway daemon, listening on all interfaces. Each line received is dispatched as a command (reboot, set config, open relay) without any authentication of the peer, so anyone on the network can control the device.
# ---
import asyncio


async def handle_control(reader, writer, gateway):
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd, _, arg = line.decode().strip().partition(" ")
        handler = gateway.commands.get(cmd.lower())  #@vuln
        reply = handler(arg) if handler else "ERR unknown"
        writer.write((str(reply) + "\n").encode())
        await writer.drain()
    writer.close()


async def serve(gateway, port=7020):
    server = await asyncio.start_server(lambda r, w: handle_control(r, w, gateway), "0.0.0.0", port)
    async with server:
        await server.serve_forever()
