# ---
# id: cwe352-manual-token-check-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-manual-token-check-v
# tags: flask, secrets
# explanation: The before_request hook now rejects unsafe requests whose token is missing as well as those whose token does not match, comparing with hmac.compare_digest against the per-session secret, so a cross-site POST without the token is refused.
# ---
import hmac
import os
import secrets

from flask import Flask, abort, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.before_request
def check_csrf():
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token")
        if not sent or not hmac.compare_digest(sent, session.get("csrf_token", "")):
            abort(400, "bad CSRF token")


@app.context_processor
def csrf_field():
    if "csrf_token" not in session:
        session["csrf_token"] = secrets.token_urlsafe(32)
    return {"csrf_token": session["csrf_token"]}


@app.post("/settings/notifications")
def update_notifications():
    if "user_id" not in session:
        abort(401)
    prefs = {k: request.form.get(k) == "on" for k in ("digest", "mentions", "billing")}
    app.extensions["prefs"].save(session["user_id"], prefs)
    return "", 204
