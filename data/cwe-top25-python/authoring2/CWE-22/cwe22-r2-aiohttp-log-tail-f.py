# ---
# id: cwe22-r2-aiohttp-log-tail-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-r2-aiohttp-log-tail-v
# tags: aiohttp, asyncio
# explanation: The tail endpoint now accepts only a bare file name that appears in the directory listing of LOG_DIR (the same list the index endpoint shows), so names with separators, '..' or absolute paths are rejected with 404 before any file is opened.
# ---
import asyncio
import hmac
import logging
import os
from collections import deque

from aiohttp import web

log = logging.getLogger("ops.logs")
routes = web.RouteTableDef()

LOG_DIR = "/var/log/services"
MAX_LINES = 2000


def check_token(request: web.Request) -> None:
    given = request.headers.get("X-Ops-Token", "")
    if not hmac.compare_digest(given, request.app["ops_token"]):
        raise web.HTTPUnauthorized()


def tail_file(path: str, lines: int) -> list:
    with open(path, "r", encoding="utf-8", errors="replace") as fh:
        return list(deque(fh, maxlen=lines))


def list_logs() -> list:
    out = []
    for entry in sorted(os.scandir(LOG_DIR), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".log"):
            out.append({"name": entry.name, "size": entry.stat().st_size})
    return out


@routes.get("/ops/logs")
async def index(request: web.Request) -> web.Response:
    check_token(request)
    return web.json_response({"logs": await asyncio.to_thread(list_logs)})


@routes.get("/ops/logs/tail")
async def tail(request: web.Request) -> web.Response:
    check_token(request)
    name = request.query.get("file")
    if not name:
        raise web.HTTPBadRequest(text="file is required")
    try:
        lines = min(MAX_LINES, max(1, int(request.query.get("lines", "200"))))
    except ValueError:
        raise web.HTTPBadRequest(text="lines must be an integer")
    known = {item["name"] for item in await asyncio.to_thread(list_logs)}
    if name not in known:
        raise web.HTTPNotFound(text="unknown log")
    path = os.path.join(LOG_DIR, name)
    try:
        content = await asyncio.to_thread(tail_file, path, lines)
    except FileNotFoundError:
        raise web.HTTPNotFound(text=f"no log named {name}")
    except IsADirectoryError:
        raise web.HTTPBadRequest(text="not a file")
    log.info("%s tailed %s (%d lines)", request.remote, name, lines)
    return web.Response(text="".join(content), content_type="text/plain")


def make_app(ops_token: str) -> web.Application:
    app = web.Application()
    app["ops_token"] = ops_token
    app.add_routes(routes)
    return app
