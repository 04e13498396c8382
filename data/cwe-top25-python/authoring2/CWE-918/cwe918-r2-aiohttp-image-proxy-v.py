# ---
# id: cwe918-r2-aiohttp-image-proxy-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: aiohttp, asyncio
# explanation: An aiohttp image proxy used by a chat frontend fetches whatever URL arrives in the "src" query parameter and streams the bytes back when the content type looks like an image. Only the response type is checked, never the destination, so a client can make the proxy reach internal hosts and metadata endpoints (and probe ports by timing and error codes).
# ---
import asyncio
import logging

import aiohttp
from aiohttp import web

log = logging.getLogger("imgproxy")

MAX_BYTES = 5 * 1024 * 1024
CHUNK = 64 * 1024
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
CLIENT_TIMEOUT = aiohttp.ClientTimeout(total=10, connect=3)


async def on_startup(app):
    app["http"] = aiohttp.ClientSession(timeout=CLIENT_TIMEOUT, headers={"User-Agent": "chat-imgproxy/2.1"})


async def on_cleanup(app):
    await app["http"].close()


async def proxy_image(request: web.Request) -> web.StreamResponse:
    src = request.query.get("src")
    if not src:
        raise web.HTTPBadRequest(text="src is required")
    session: aiohttp.ClientSession = request.app["http"]
    try:
        upstream = await session.get(src, allow_redirects=True)  #@vuln
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        log.info("fetch failed for %s: %s", src, exc)
        raise web.HTTPBadGateway()
    async with upstream:
        ctype = upstream.headers.get("Content-Type", "").split(";")[0].strip()
        if ctype not in IMAGE_TYPES:
            raise web.HTTPUnsupportedMediaType(text=f"upstream returned {ctype or 'no type'}")
        resp = web.StreamResponse(headers={"Content-Type": ctype, "Cache-Control": "public, max-age=86400"})
        await resp.prepare(request)
        sent = 0
        async for chunk in upstream.content.iter_chunked(CHUNK):
            sent += len(chunk)
            if sent > MAX_BYTES:
                log.warning("image from %s exceeded %d bytes", src, MAX_BYTES)
                break
            await resp.write(chunk)
        await resp.write_eof()
        return resp


def create_app():
    app = web.Application()
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    app.router.add_get("/img", proxy_image)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8081)
