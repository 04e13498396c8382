# ---
# id: cwe287-user-id-cookie-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-user-id-cookie-v
# tags: flask, sqlite3
# explanation: The user id is now kept in Flask's session, which is signed with the application's secret key, so a client cannot forge or alter it; requests are attributed only to ids the server itself stored after checking the password.
# ---
import os
import sqlite3

from flask import Flask, abort, g, redirect, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET_KEY"]


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
    session.clear()
    session["user_id"] = row[0]
    return redirect("/")


@app.before_request
def load_user():
    g.user_id = session.get("user_id")
