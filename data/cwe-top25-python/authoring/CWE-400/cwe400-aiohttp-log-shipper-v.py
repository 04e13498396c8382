# ---
# id: cwe400-aiohttp-log-shipper-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-aiohttp-log-shipper-f
# tags: aiohttp, asyncio
# explanation: A log collector built on aiohttp reads the request body chunk by chunk from request.content and appends every chunk to a bytearray before parsing. Reading the stream manually skips aiohttp's client_max_size check, and there is no cap of its own, so a client streaming an endless body grows the buffer until the process runs out of memory.
# ---
import json

from aiohttp import web

from .sink import forward_batch


async def receive_logs(request: web.Request) -> web.Response:
    source = request.match_info["source"]
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body.extend(chunk)  #@vuln
    lines = [json.loads(ln) for ln in body.decode("utf-8").splitlines() if ln.strip()]
    await forward_batch(source, lines)
    return web.json_response({"accepted": len(lines)})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/ingest/{source}", receive_logs)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
