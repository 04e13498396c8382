# ---
# id: cwe798-default-admin-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-default-admin-v
# tags: flask, werkzeug
# explanation: The built-in maintenance account is gone; every login, including support staff, is verified against a per-device user table with hashed passwords. No credential is shared across installations or embedded in the code.
# ---
from flask import Flask, request, session, redirect, render_template
from werkzeug.security import check_password_hash

from console.db import get_user

app = Flask(__name__)
app.secret_key = open("/data/console/session.key", "rb").read()


def verify(username, password):
    user = get_user(username)
    if user and check_password_hash(user["password_hash"], password):
        return user
    return None


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = verify(request.form["username"], request.form["password"])
        if user:
            session["user"], session["role"] = user["name"], user["role"]
            return redirect("/")
    return render_template("login.html")
