# ---
# id: cwe352-webhook-settings-any-method-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-webhook-settings-any-method-v
# tags: flask, flask-wtf, flask-login
# explanation: The webhook URL is now only taken from the POST form body, so a GET merely renders the settings page and the change itself goes through CSRFProtect's token check; links and images on other sites cannot alter it.
# ---
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .extensions import db

integrations = Blueprint("integrations", __name__, url_prefix="/integrations")


@integrations.route("/webhook", methods=["GET", "POST"])
@login_required
def webhook_settings():
    org = current_user.organization
    new_url = request.form.get("url") if request.method == "POST" else None
    if new_url:
        if not new_url.startswith("https://"):
            flash("Webhook URL must use https.")
        else:
            org.webhook_url = new_url
            db.session.commit()
            flash("Webhook updated.")
        return redirect(url_for("integrations.webhook_settings"))
    return render_template("integrations/webhook.html", org=org)
