# ---
# id: cwe352-email-change-wtf-off-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-email-change-wtf-off-v
# tags: flask, flask-login, flask-wtf
# explanation: CSRFProtect is initialised and CSRF checking is left enabled, so every POST to the cookie-authenticated app, including the e-mail change, must carry the per-session token that a cross-site page cannot read. Forged form submissions are rejected with 400.
# ---
import os

from flask import Flask, flash, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .models import db

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["APP_SECRET"]
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
app.config["WTF_CSRF_ENABLED"] = True
db.init_app(app)
login_manager = LoginManager(app)
csrf = CSRFProtect(app)


@app.route("/account/email", methods=["GET", "POST"])
@login_required
def change_email():
    if request.method == "POST":
        current_user.email = request.form["email"].strip().lower()
        current_user.email_verified = False
        db.session.commit()
        flash("E-mail updated; check your inbox to confirm it.")
        return redirect(url_for("change_email"))
    return render_template("account/email.html")
