# ---
# id: cwe306-r2-aiohttp-public-health-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: aiohttp, asyncpg
# explanation: An aiohttp service exposes /healthz and /readyz without authentication for the load balancer; they only report liveness and whether the database answers, which is not a critical function and leaks nothing. The one state-changing operational endpoint, cache invalidation, sits behind a bearer-token middleware applied to the /ops sub-application.
# ---
import hmac
import logging
import os
import time

from aiohttp import web

log = logging.getLogger("svc.ops")
OPS_TOKEN = os.environ["OPS_TOKEN"]
STARTED = time.monotonic()


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "uptime_s": int(time.monotonic() - STARTED)})


async def readyz(request: web.Request) -> web.Response:
    try:
        async with request.app["pool"].acquire(timeout=2) as conn:
            await conn.fetchval("SELECT 1")
    except Exception as exc:  # any failure means not ready
        log.warning("readiness check failed: %s", exc)
        return web.json_response({"status": "unavailable"}, status=503)
    return web.json_response({"status": "ready"})


@web.middleware
async def bearer_only(request: web.Request, handler):
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme != "Bearer" or not hmac.compare_digest(token.encode(), OPS_TOKEN.encode()):
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": "Bearer"})
    return await handler(request)


async def invalidate_cache(request: web.Request) -> web.Response:
    cache = request.config_dict["cache"]
    key_stem = request.query.get("keys", "")
    removed = await cache.delete_matching(key_stem + "*") if key_stem else await cache.clear()
    log.info("cache invalidated (%s)", key_stem or "all")
    return web.json_response({"removed": removed})


def build_app(pool, cache) -> web.Application:
    app = web.Application()
    app["pool"] = pool
    app["cache"] = cache
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)

    ops = web.Application(middlewares=[bearer_only])
    ops.router.add_post("/cache/invalidate", invalidate_cache)
    app.add_subapp("/ops/", ops)
    return app
