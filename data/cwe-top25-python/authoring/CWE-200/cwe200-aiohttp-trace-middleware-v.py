# ---
# id: cwe200-aiohttp-trace-middleware-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-aiohttp-trace-middleware-f
# tags: aiohttp, traceback
# explanation: An aiohttp error middleware turns any unhandled exception into a JSON response that includes the exception repr and the formatted stack. Clients receive internal paths, code and whatever values were in the exception message.
# ---
import traceback

from aiohttp import web


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as exc:
        body = {
            "error": repr(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),  #@vuln
            "path": request.path,
        }
        return web.json_response(body, status=500)


def create_app(routes) -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app.add_routes(routes)
    return app
