# ---
# id: cwe352-manual-token-check-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-manual-token-check-f
# tags: flask, secrets
# explanation: This Flask app implements its own CSRF token, but the before_request hook only compares the token when the form includes one. A forged cross-site POST that simply omits csrf_token skips the comparison and is processed with the victim's session.
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
        if sent and not hmac.compare_digest(sent, session.get("csrf_token", "")):  #@vuln
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
