# ---
# id: cwe400-aiohttp-log-shipper-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-aiohttp-log-shipper-v
# tags: aiohttp, asyncio
# explanation: The log collector now stops reading and answers 413 as soon as the accumulated body exceeds 8 MiB, so a client streaming an endless body can no longer grow the buffer without bound.
# ---
import json

from aiohttp import web

from .sink import forward_batch

MAX_BATCH = 8 * 1024 * 1024


async def receive_logs(request: web.Request) -> web.Response:
    source = request.match_info["source"]
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body.extend(chunk)
        if len(body) > MAX_BATCH:
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_BATCH, actual_size=len(body))
    lines = [json.loads(ln) for ln in body.decode("utf-8").splitlines() if ln.strip()]
    await forward_batch(source, lines)
    return web.json_response({"accepted": len(lines)})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/ingest/{source}", receive_logs)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
