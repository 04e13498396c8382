# ---
# id: cwe352-samesite-strict-token-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: flask, flask-wtf, flask-login
# explanation: The banking front end enables CSRFProtect for all POST routes and additionally marks the session cookie SameSite=Strict, HttpOnly and Secure through app.config, so the funds transfer form is protected by a token and the cookie is not sent on cross-site requests at all.
# ---
import os

from flask import Flask, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .payments import schedule_transfer

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_SAMESITE="Strict",
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SECURE=True,
    WTF_CSRF_TIME_LIMIT=1800,
)
CSRFProtect(app)
LoginManager(app)


@app.route("/transfers/new", methods=["GET", "POST"])
@login_required
def new_transfer():
    if request.method == "POST":
        schedule_transfer(current_user.account_id, request.form["iban"], request.form["amount"])
        return redirect(url_for("new_transfer"))
    return render_template("transfers/new.html")
