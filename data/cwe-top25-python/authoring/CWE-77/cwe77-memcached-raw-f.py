# ---
# id: cwe77-memcached-raw-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-memcached-raw-v
# tags: socket, memcached, aiohttp
# explanation: Keys are now checked before being written to the socket: at most 250 bytes and only printable characters without spaces or control characters, as the memcached protocol requires. A key can no longer contain CR/LF and so cannot start a second command.
# ---
import asyncio
import re

from aiohttp import web

KEY_RE = re.compile(r"^[\x21-\x7e]{1,250}$")


class MemcacheText:
    def __init__(self, host="127.0.0.1", port=11211):
        self.host, self.port = host, port

    async def get(self, key: str):
        if not KEY_RE.match(key):
            return None
        reader, writer = await asyncio.open_connection(self.host, self.port)
        writer.write(f"get {key}\r\n".encode())
        await writer.drain()
        header = await reader.readline()
        value = None
        if header.startswith(b"VALUE"):
            size = int(header.split()[3])
            value = (await reader.readexactly(size + 2))[:-2]
        writer.close()
        return value


async def cached_page(request: web.Request) -> web.Response:
    slug = request.match_info["slug"]
    body = await request.app["mc"].get(f"page:{request.query.get('lang', 'en')}:{slug}")
    if body is None:
        raise web.HTTPNotFound()
    return web.Response(body=body, content_type="text/html")
