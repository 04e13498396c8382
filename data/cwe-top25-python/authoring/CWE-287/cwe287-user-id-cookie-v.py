# ---
# id: cwe287-user-id-cookie-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-user-id-cookie-f
# tags: flask, sqlite3
# explanation: After a successful password check the app stores the user id in a plain, unsigned cookie, and later requests identify the user from that cookie. Anyone can set user_id=1 in their browser and be treated as the first (admin) account.
# ---
import sqlite3

from flask import Flask, abort, g, make_response, redirect, request
from werkzeug.security import check_password_hash

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("app.db")
    return g.db


@app.post("/login")
def login():
    row = db().execute(
        "SELECT id, pw_hash FROM users WHERE email = ?", (request.form.get("email", ""),)
    ).fetchone()
    if row is None or not check_password_hash(row[1], request.form.get("password", "")):
        abort(401)
    resp = make_response(redirect("/"))
    resp.set_cookie("user_id", str(row[0]), httponly=True, samesite="Lax")
    return resp


@app.before_request
def load_user():
    raw = request.cookies.get("user_id")  #@vuln
    g.user_id = int(raw) if raw and raw.isdigit() else None
