# ---
# id: cwe352-json-force-exempt-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: flask, flask-wtf, flask-login
# explanation: The internal JSON API blueprint is exempted from CSRFProtect on the theory that browsers cannot send cross-site JSON, but handlers parse bodies with get_json(force=True), which ignores the Content-Type. A cross-site form with enctype="text/plain" can deliver a JSON-looking body together with the session cookie and change the victim's notification e-mail.
# ---
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .extensions import csrf, db

api = Blueprint("api", __name__, url_prefix="/api")
csrf.exempt(api)  #@vuln


@api.post("/me/notifications")
@login_required
def update_notification_address():
    data = request.get_json(force=True, silent=True) or {}
    address = str(data.get("email", "")).strip()
    if "@" not in address:
        return jsonify(error="a valid e-mail is required"), 400
    current_user.notification_email = address
    db.session.commit()
    return jsonify(notification_email=address)
