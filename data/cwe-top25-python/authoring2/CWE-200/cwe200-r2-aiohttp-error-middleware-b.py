# ---
# id: cwe200-r2-aiohttp-error-middleware-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: aiohttp, traceback, logging
# explanation: An aiohttp error middleware formats the traceback of unexpected exceptions with the traceback module, but only into the server log together with a request id; the client gets a fixed JSON message and the request id. Expected HTTP errors pass through with their normal reason, so no stack trace or exception text reaches the caller.
# ---
import json
import logging
import traceback
import uuid

from aiohttp import web

log = logging.getLogger("gateway.errors")


def error_body(status: int, message: str, request_id: str) -> web.Response:
    return web.Response(
        status=status,
        content_type="application/json",
        text=json.dumps({"error": message, "request_id": request_id}),
    )


@web.middleware
async def request_id_middleware(request: web.Request, handler):
    request["request_id"] = request.headers.get("X-Request-Id") or uuid.uuid4().hex
    response = await handler(request)
    response.headers["X-Request-Id"] = request["request_id"]
    return response


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status >= 400:
            return error_body(exc.status, exc.reason, request["request_id"])
        raise
    except Exception as exc:  # the last line of defence for handler bugs
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error(
            "unhandled error rid=%s %s %s\n%s",
            request["request_id"], request.method, request.rel_url, trace,
        )
        return error_body(500, "internal error", request["request_id"])


def make_app(routes) -> web.Application:
    app = web.Application(middlewares=[request_id_middleware, error_middleware])
    app.add_routes(routes)
    return app
