# ---
# id: cwe200-r3-login-log-form-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-r3-login-log-form-f
# tags: flask, logging
# explanation: Login view that logs each attempt with the whole submitted form. The form contains the plaintext password, which ends up in log files and log aggregation that many more people can read.
# ---
import logging

from flask import request, session, abort

log = logging.getLogger("auth")


def login():
    log.info("login attempt from %s: %r", request.remote_addr, request.form.to_dict())  #@vuln
    user = User.query.filter_by(email=request.form.get("email")).first()
    if user is None or not user.check_password(request.form.get("password", "")):
        abort(401)
    session["uid"] = user.id
    return {"ok": True}
