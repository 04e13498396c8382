# ---
# id: cwe287-itsdangerous-loads-unsafe-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-itsdangerous-loads-unsafe-v
# tags: flask, itsdangerous
# explanation: The magic-link view now calls loads with max_age, which verifies the HMAC signature and the token age and raises on failure, so only links the server issued within the last 15 minutes log anyone in.
# ---
import os

from flask import Flask, abort, redirect, request, session
from itsdangerous import BadSignature, URLSafeTimedSerializer

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
    try:
        data = links.loads(request.args.get("token", ""), max_age=900)
    except BadSignature:
        abort(400)
    if not data or "email" not in data:
        abort(400)
    user = find_user_by_email(data["email"])
    if user is None:
        abort(404)
    session.clear()
    session["user_id"] = user.id
    return redirect("/")
