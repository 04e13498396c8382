# ---
# id: cwe352-r3-double-submit-header-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: starlette, secrets, hmac
# explanation: A Starlette middleware implements double-submit protection: it issues a random token cookie made with secrets.token_urlsafe and, on unsafe methods, requires an X-CSRF-Token header equal to it (compare_digest). Cross-site pages can neither read the cookie nor set the custom header.
# ---
import hmac
import secrets

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse


class CSRFMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        cookie = request.cookies.get("csrftoken")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            header = request.headers.get("x-csrf-token", "")
            if not cookie or not hmac.compare_digest(cookie, header):
                return PlainTextResponse("CSRF check failed", status_code=403)
        response = await call_next(request)
        if not cookie:
            response.set_cookie("csrftoken", secrets.token_urlsafe(32), samesite="lax", secure=True)
        return response
