# ---
# id: cwe287-passwordless-account-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-passwordless-account-f
# tags: flask, flask-login, werkzeug
# explanation: Accounts created through Google sign-in have no local password hash. The password login only runs the check when a hash exists, so for those accounts any password is accepted and an attacker who knows the e-mail address logs in as the user.
# ---
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import User

auth = Blueprint("auth", __name__)


def password_matches(user, password: str) -> bool:
    if user.password_hash and not check_password_hash(user.password_hash, password):  #@vuln
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
