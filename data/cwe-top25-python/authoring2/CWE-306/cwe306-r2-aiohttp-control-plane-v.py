# ---
# id: cwe306-r2-aiohttp-control-plane-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-r2-aiohttp-control-plane-f
# tags: aiohttp, asyncio
# explanation: A crawler worker runs a small aiohttp control server on all interfaces so the scheduler can drain it or change its concurrency. The control endpoints perform critical actions (stop the worker, change limits) but the handlers never check the shared control token that the worker is configured with, so anyone who can reach the port can stop or reconfigure it.
# ---
import asyncio
import hmac
import logging
import os

from aiohttp import web

log = logging.getLogger("worker.control")
CONTROL_TOKEN = os.environ.get("CONTROL_TOKEN", "")


class Worker:
    def __init__(self, concurrency: int = 8):
        self.semaphore = asyncio.Semaphore(concurrency)
        self.concurrency = concurrency
        self.stopping = asyncio.Event()
        self.done = 0

    def resize(self, n: int) -> None:
        self.semaphore = asyncio.Semaphore(n)
        self.concurrency = n


def token_ok(request: web.Request) -> bool:
    given = request.headers.get("X-Control-Token", "")
    return bool(CONTROL_TOKEN) and hmac.compare_digest(given, CONTROL_TOKEN)


async def stats(request: web.Request) -> web.Response:
    w: Worker = request.app["worker"]
    return web.json_response({"concurrency": w.concurrency, "done": w.done, "stopping": w.stopping.is_set()})


async def control(request: web.Request) -> web.Response:
    w: Worker = request.app["worker"]
    body = await request.json()  #@vuln
    action = body.get("action")
    if action == "drain":
        w.stopping.set()
        log.warning("drain requested by %s", request.remote)
    elif action == "resize":
        n = int(body.get("concurrency", 0))
        if not 1 <= n <= 256:
            raise web.HTTPBadRequest(text="concurrency must be 1..256")
        w.resize(n)
    else:
        raise web.HTTPBadRequest(text="unknown action")
    return web.json_response({"ok": True, "action": action})


async def start_control_server(worker: Worker, port: int = 9102) -> web.AppRunner:
    app = web.Application()
    app["worker"] = worker
    app.router.add_get("/stats", stats)
    app.router.add_post("/control", control)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "0.0.0.0", port).start()
    return runner
