# ---
# id: cwe287-r3-login-missing-user-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-r3-login-missing-user-v
# tags: flask, sqlalchemy
# explanation: Login view now fails when the user does not exist as well as when the password is wrong, so the session is only set after a successful password check.
# ---
from flask import request, session, redirect, url_for, abort


def login():
    name = request.form.get("username", "")
    password = request.form.get("password", "")
    user = db.session.query(User).filter_by(username=name).first()
    if user is None or not user.check_password(password):
        abort(401)
    session["username"] = name
    return redirect(url_for("dashboard"))
