# ---
# id: cwe287-r3-login-missing-user-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-r3-login-missing-user-f
# tags: flask, sqlalchemy
# explanation: Login view: the password check only runs when the user row exists. For an unknown username `user` is None, the failure branch is skipped and the session is set for that name, so anyone can log in as a non-existent account name (and get whatever the app attaches to the name later).
# ---
from flask import request, session, redirect, url_for, abort


def login():
    name = request.form.get("username", "")
    password = request.form.get("password", "")
    user = db.session.query(User).filter_by(username=name).first()
    if user and not user.check_password(password):  #@vuln
        abort(401)
    session["username"] = name
    return redirect(url_for("dashboard"))
