# ---
# id: cwe352-r3-origin-endswith-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-r3-origin-endswith-v
# tags: aiohttp
# explanation: The middleware now compares the whole Origin value with an exact set of the application's own origins, so look-alike domains no longer pass and cross-site forms are refused.
# ---
from aiohttp import web

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
TRUSTED_ORIGINS = {"https://example.com", "https://app.example.com"}


@web.middleware
async def origin_guard(request, handler):
    if request.method in STATE_CHANGING and "session" in request.cookies:
        origin = request.headers.get("Origin", "")
        if origin not in TRUSTED_ORIGINS:
            raise web.HTTPForbidden(text="cross-origin request refused")
    return await handler(request)
