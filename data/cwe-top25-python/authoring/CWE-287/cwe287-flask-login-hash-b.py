# ---
# id: cwe287-flask-login-hash-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: flask, flask-login, werkzeug, sqlalchemy
# explanation: The login view looks up the user and accepts the login only if the account is active, has a password hash and check_password_hash succeeds; the session is created by Flask-Login's signed session cookie, so identity never comes from client-controlled values.
# ---
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user
from werkzeug.security import check_password_hash

from .models import Account, db

auth = Blueprint("auth", __name__)


def verify_credentials(email: str, password: str):
    account = db.session.execute(db.select(Account).filter_by(email=email)).scalar_one_or_none()
    if account is None or not account.active or not account.password_hash:
        return None
    return account if check_password_hash(account.password_hash, password) else None


@auth.route("/signin", methods=["GET", "POST"])
def signin():
    if request.method == "POST":
        account = verify_credentials(request.form.get("email", "").lower(), request.form.get("password", ""))
        if account:
            logout_user()
            login_user(account)
            return redirect(url_for("dash.index"))
        flash("E-mail or password is incorrect.")
    return render_template("auth/signin.html")
