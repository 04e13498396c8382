# ---
# id: cwe352-r3-token-none-equal-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-r3-token-none-equal-f
# tags: flask
# explanation: A hand-written before_request hook compares the submitted CSRF token with the one in the session using !=. If the session has no token yet and the form omits it, both are None and the check passes, so a forged POST without a token is accepted for any session that never rendered a form.
# ---
from flask import abort, request, session


def check_csrf():
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    sent = request.form.get("_csrf") or request.headers.get("X-CSRF-Token")
    if sent != session.get("_csrf"):  #@vuln
        abort(403)
