# ---
# id: cwe200-aiohttp-trace-middleware-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-aiohttp-trace-middleware-v
# tags: aiohttp, logging
# explanation: The middleware now logs the exception with its stack trace on the server under an incident id and returns only a generic error, the incident id and the path to the client.
# ---
import logging
import uuid

from aiohttp import web

log = logging.getLogger(__name__)


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        incident = uuid.uuid4().hex[:12]
        log.exception("unhandled error on %s (incident %s)", request.path, incident)
        body = {
            "error": "internal server error",
            "incident": incident,
            "path": request.path,
        }
        return web.json_response(body, status=500)


def create_app(routes) -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app.add_routes(routes)
    return app
