# ---
# id: cwe352-r3-token-none-equal-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-r3-token-none-equal-v
# tags: flask, hmac
# explanation: The hook now requires both the session token and the submitted token to be present and compares them with hmac.compare_digest, so a request without a valid token is always refused.
# ---
import hmac

from flask import abort, request, session


def check_csrf():
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    sent = request.form.get("_csrf") or request.headers.get("X-CSRF-Token")
    expected = session.get("_csrf")
    if not sent or not expected or not hmac.compare_digest(sent, expected):
        abort(403)
