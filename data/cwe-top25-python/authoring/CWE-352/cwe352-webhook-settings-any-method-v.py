# ---
# id: cwe352-webhook-settings-any-method-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-webhook-settings-any-method-f
# tags: flask, flask-wtf, flask-login
# explanation: The integration settings route accepts GET as well as POST and reads the new webhook URL from request.values, so the change happens on a plain GET too. CSRFProtect only checks POST-like methods, so a link such as /integrations/webhook?url=https://collector.example silently redirects the victim's event notifications.
# ---
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .extensions import db

integrations = Blueprint("integrations", __name__, url_prefix="/integrations")


@integrations.route("/webhook", methods=["GET", "POST"])
@login_required
def webhook_settings():
    org = current_user.organization
    new_url = request.values.get("url")  #@vuln
    if new_url:
        if not new_url.startswith("https://"):
            flash("Webhook URL must use https.")
        else:
            org.webhook_url = new_url
            db.session.commit()
            flash("Webhook updated.")
        return redirect(url_for("integrations.webhook_settings"))
    return render_template("integrations/webhook.html", org=org)
