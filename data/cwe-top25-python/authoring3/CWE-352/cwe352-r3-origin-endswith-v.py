# ---
# id: cwe352-r3-origin-endswith-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-r3-origin-endswith-f
# tags: aiohttp
# explanation: An aiohttp middleware protects cookie-authenticated state-changing requests by checking the Origin header, but accepts any origin whose text ends with "example.com". A page on `https://notexample.com` (an attacker-registered domain) passes the check and can forge requests.
# ---
from aiohttp import web

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}


@web.middleware
async def origin_guard(request, handler):
    if request.method in STATE_CHANGING and "session" in request.cookies:
        origin = request.headers.get("Origin", "")
        if not origin.endswith("example.com"):  #@vuln
            raise web.HTTPForbidden(text="cross-origin request refused")
    return await handler(request)
