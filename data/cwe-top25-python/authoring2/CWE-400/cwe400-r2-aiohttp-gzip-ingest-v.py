# ---
# id: cwe400-r2-aiohttp-gzip-ingest-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-r2-aiohttp-gzip-ingest-f
# tags: aiohttp, zlib, gzip
# explanation: A log-ingest endpoint accepts gzip-compressed batches up to 1 MB and inflates them with zlib.decompress in one call. The compressed size is limited but the decompressed size is not, so a small gzip bomb expands to gigabytes in memory and takes the ingest process down.
# ---
import json
import logging
import zlib

from aiohttp import web

log = logging.getLogger("ingest")

MAX_COMPRESSED = 1024 * 1024
GZIP_WBITS = 16 + zlib.MAX_WBITS
REQUIRED_KEYS = {"ts", "level", "msg"}


def inflate(body: bytes) -> bytes:
    return zlib.decompress(body, GZIP_WBITS)  #@vuln


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
