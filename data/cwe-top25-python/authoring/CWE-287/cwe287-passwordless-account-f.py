# ---
# id: cwe287-passwordless-account-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-passwordless-account-v
# tags: flask, flask-login, werkzeug
# explanation: Password login now fails for any account without a password hash and otherwise requires check_password_hash to succeed, so Google-only accounts can no longer be entered with an arbitrary password.
# ---
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import User

auth = Blueprint("auth", __name__)


def password_matches(user, password: str) -> bool:
    if not user.password_hash or not check_password_hash(user.password_hash, password):
        return False
    return True


@auth.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(email=request.form["email"].strip().lower()).first()
        if user is not None and user.is_active and password_matches(user, request.form["password"]):
            login_user(user, remember=bool(request.form.get("remember")))
            return redirect(url_for("main.home"))
        flash("Wrong e-mail or password.")
    return render_template("auth/login.html")
