# ---
# id: cwe77-memcached-raw-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-memcached-raw-f
# tags: socket, memcached, aiohttp
# explanation: A lightweight cache client speaks the memcached text protocol over a socket and writes "get <key>\r\n" with a key derived from the request path. A key containing "\r\n" ends the command and starts another, e.g. "flush_all" or a "set" that poisons other users' cache entries.
# ---
import asyncio

from aiohttp import web


class MemcacheText:
    def __init__(self, host="127.0.0.1", port=11211):
        self.host, self.port = host, port

    async def get(self, key: str):
        reader, writer = await asyncio.open_connection(self.host, self.port)
        writer.write(f"get {key}\r\n".encode())  #@vuln
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
