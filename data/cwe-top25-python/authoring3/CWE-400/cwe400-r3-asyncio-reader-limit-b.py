# ---
# id: cwe400-r3-asyncio-reader-limit-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: asyncio
# explanation: The asyncio line server opens its streams with an explicit 16 KiB limit and drops clients whose line exceeds it (readline raises ValueError), and idle clients time out, so a client cannot make the server buffer unbounded data.
# ---
import asyncio

LINE_LIMIT = 16 * 1024


async def handle_client(reader, writer):
    try:
        while True:
            line = await asyncio.wait_for(reader.readline(), timeout=60)
            if not line:
                break
            writer.write(process_command(line.decode().strip()).encode() + b"\n")
            await writer.drain()
    except (ValueError, asyncio.TimeoutError):
        pass
    finally:
        writer.close()


async def serve(host, port):
    server = await asyncio.start_server(handle_client, host, port, limit=LINE_LIMIT)
    async with server:
        await server.serve_forever()
