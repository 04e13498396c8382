# ---
# id: cwe400-r2-aiohttp-gzip-ingest-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-r2-aiohttp-gzip-ingest-v
# tags: aiohttp, zlib, gzip
# explanation: Inflation now goes through a decompressobj with max_length set to MAX_INFLATED (16 MB); if the stream has more output left, the batch is refused with 413. A gzip bomb can therefore cost at most a bounded amount of memory per request.
# ---
import json
import logging
import zlib

from aiohttp import web

log = logging.getLogger("ingest")

MAX_COMPRESSED = 1024 * 1024
GZIP_WBITS = 16 + zlib.MAX_WBITS
MAX_INFLATED = 16 * 1024 * 1024
REQUIRED_KEYS = {"ts", "level", "msg"}


def inflate(body: bytes) -> bytes:
    inflater = zlib.decompressobj(GZIP_WBITS)
    out = inflater.decompress(body, MAX_INFLATED)
    if inflater.unconsumed_tail or not inflater.eof:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_INFLATED, actual_size=len(out) + 1)
    return out


def parse_lines(raw: bytes):
    records, rejected = [], 0
    for line in raw.splitlines():
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            rejected += 1
            continue
        if isinstance(rec, dict) and REQUIRED_KEYS <= rec.keys():
            records.append(rec)
        else:
            rejected += 1
    return records, rejected


async def ingest(request: web.Request) -> web.Response:
    body = await request.read()
    if request.headers.get("Content-Encoding") == "gzip":
        try:
            body = inflate(body)
        except zlib.error:
            raise web.HTTPBadRequest(text="corrupt gzip body")
    records, rejected = parse_lines(body)
    sink = request.app["sink"]
    await sink.write_many(records)
    log.debug("accepted %d records, rejected %d", len(records), rejected)
    return web.json_response({"accepted": len(records), "rejected": rejected})


def make_app(sink) -> web.Application:
    app = web.Application(client_max_size=MAX_COMPRESSED)
    app["sink"] = sink
    app.router.add_post("/v1/logs", ingest)
    return app
