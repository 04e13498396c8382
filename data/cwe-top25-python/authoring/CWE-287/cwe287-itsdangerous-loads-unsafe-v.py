# ---
# id: cwe287-itsdangerous-loads-unsafe-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-itsdangerous-loads-unsafe-f
# tags: flask, itsdangerous
# explanation: Magic-link login tokens are signed with itsdangerous, but the login view reads them with loads_unsafe and ignores the returned signature_valid flag. Any base64 JSON payload naming an e-mail address therefore logs the sender in as that user.
# ---
import os

from flask import Flask, abort, redirect, request, session
from itsdangerous import URLSafeTimedSerializer

from .users import find_user_by_email, send_login_email

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
links = URLSafeTimedSerializer(app.secret_key, salt="magic-link")


@app.post("/login/email")
def request_link():
    email = request.form["email"].strip().lower()
    if find_user_by_email(email):
        send_login_email(email, links.dumps({"email": email}))
    return "Check your inbox."


@app.get("/login/magic")
def magic_login():
    _valid, data = links.loads_unsafe(request.args.get("token", ""))  #@vuln
    if not data or "email" not in data:
        abort(400)
    user = find_user_by_email(data["email"])
    if user is None:
        abort(404)
    session.clear()
    session["user_id"] = user.id
    return redirect("/")
