# ---
# id: cwe200-r3-login-log-form-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-r3-login-log-form-v
# tags: flask, logging
# explanation: The log line now records only the client address and the email, not the submitted password.
# ---
import logging

from flask import request, session, abort

log = logging.getLogger("auth")


def login():
    log.info("login attempt from %s: %s", request.remote_addr, request.form.get("email"))
    user = User.query.filter_by(email=request.form.get("email")).first()
    if user is None or not user.check_password(request.form.get("password", "")):
        abort(401)
    session["uid"] = user.id
    return {"ok": True}
