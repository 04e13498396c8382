# ---
# id: cwe798-default-admin-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-default-admin-f
# tags: flask, werkzeug
# explanation: The login view of an appliance's web console accepts a built-in maintenance account "support"/"Sup-Access-42" in addition to the user table. That default credential is identical on every installation and is found by anyone who inspects the firmware, giving admin access to all devices.
# ---
from flask import Flask, request, session, redirect, render_template
from werkzeug.security import check_password_hash

from console.db import get_user

app = Flask(__name__)
app.secret_key = open("/data/console/session.key", "rb").read()


def verify(username, password):
    if username == "support" and password == "Sup-Access-42":  #@vuln
        return {"name": "support", "role": "admin"}
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
