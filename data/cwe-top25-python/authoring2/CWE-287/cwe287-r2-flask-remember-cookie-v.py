# ---
# id: cwe287-r2-flask-remember-cookie-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-r2-flask-remember-cookie-f
# tags: flask, itsdangerous
# explanation: A Flask app restores a login from a long-lived "remember" cookie when the session is empty. The cookie value is just the numeric user id written at login and is read back with int() and trusted, so a visitor who sets remember=1 in their browser is logged in as user 1 without any password or signature check.
# ---
import logging
from datetime import timedelta

from flask import Flask, g, redirect, request, session, url_for
from itsdangerous import BadSignature, URLSafeTimedSerializer

from .models import User, verify_login

app = Flask(__name__)
app.config.from_envvar("LIBRARY_SETTINGS")
log = logging.getLogger(__name__)

REMEMBER_COOKIE = "remember"
REMEMBER_DAYS = 30
signer = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="remember-me")


def _user_from_cookie():
    raw = request.cookies.get(REMEMBER_COOKIE)
    if not raw:
        return None
    try:
        user_id = int(raw)  #@vuln
    except ValueError:
        return None
    return User.query.get(user_id)


@app.before_request
def load_user():
    g.user = None
    if "uid" in session:
        g.user = User.query.get(session["uid"])
    else:
        g.user = _user_from_cookie()
        if g.user is not None:
            session["uid"] = g.user.id
            log.info("session restored for %s", g.user.id)


@app.post("/login")
def login():
    user = verify_login(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        return redirect(url_for("login_form", error=1))
    session.clear()
    session["uid"] = user.id
    resp = redirect(url_for("shelf"))
    if request.form.get("remember") == "on":
        resp.set_cookie(
            REMEMBER_COOKIE,
            signer.dumps(user.id),
            max_age=int(timedelta(days=REMEMBER_DAYS).total_seconds()),
            httponly=True,
            secure=True,
            samesite="Lax",
        )
    return resp


@app.post("/logout")
def logout():
    session.clear()
    resp = redirect(url_for("login_form"))
    resp.delete_cookie(REMEMBER_COOKIE)
    return resp
