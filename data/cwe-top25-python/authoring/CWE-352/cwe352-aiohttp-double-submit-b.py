# ---
# id: cwe352-aiohttp-double-submit-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: aiohttp, aiohttp-session, secrets, hmac
# explanation: The aiohttp app stores a random CSRF token in the encrypted session and a middleware rejects every unsafe request whose X-CSRF-Token header (or csrf_token form field) is missing or differs from it, compared with hmac.compare_digest; a cross-site page cannot learn the token, so forged POSTs fail.
# ---
import hmac
import secrets

from aiohttp import web
from aiohttp_session import get_session

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}


async def csrf_token_for(request: web.Request) -> str:
    session = await get_session(request)
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


@web.middleware
async def csrf_middleware(request: web.Request, handler):
    if request.method in STATE_CHANGING:
        expected = await csrf_token_for(request)
        sent = request.headers.get("X-CSRF-Token")
        if sent is None and request.content_type == "application/x-www-form-urlencoded":
            sent = (await request.post()).get("csrf_token")
        if not sent or not hmac.compare_digest(str(sent), expected):
            raise web.HTTPForbidden(text="CSRF token missing or invalid")
    return await handler(request)


async def rename_board(request: web.Request) -> web.Response:
    session = await get_session(request)
    data = await request.post()
    await request.app["boards"].rename(session["user_id"], int(request.match_info["id"]), data["name"])
    return web.json_response({"ok": True})
