# ---
# id: cwe352-check-default-off-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: flask, flask-wtf, flask-login
# explanation: The app turns off Flask-WTF's automatic check with WTF_CSRF_CHECK_DEFAULT=False and calls csrf.protect() by hand in views. The account-closing view never calls it, so this cookie-authenticated POST has no CSRF check and a cross-site form can delete the victim's account.
# ---
import os

from flask import Flask, redirect, request, url_for
from flask_login import current_user, login_required, logout_user
from flask_wtf.csrf import CSRFProtect

from .accounts import close_account, update_display_name

app = Flask(__name__)
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], WTF_CSRF_CHECK_DEFAULT=False)  #@vuln
csrf = CSRFProtect(app)


@app.post("/account/name")
@login_required
def rename():
    csrf.protect()
    update_display_name(current_user, request.form["display_name"])
    return redirect(url_for("account"))


@app.post("/account/close")
@login_required
def close():  #@vuln
    reason = request.form.get("reason", "")
    close_account(current_user, reason=reason)
    logout_user()
    return redirect(url_for("goodbye"))
