# ---
# id: cwe269-profile-mass-assign-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-profile-mass-assign-v
# tags: flask, flask-login, sqlalchemy
# explanation: Only the fields in EDITABLE_FIELDS (display name, timezone, locale) are copied from the JSON body, so keys like is_admin or role are ignored and a user cannot change their own privileges through the profile endpoint.
# ---
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .models import db

account = Blueprint("account", __name__, url_prefix="/api/account")

EDITABLE_FIELDS = ("display_name", "timezone", "locale")


def apply_changes(user, changes: dict) -> None:
    for field, value in changes.items():
        if field in EDITABLE_FIELDS:
            setattr(user, field, value)


@account.patch("/profile")
@login_required
def update_profile():
    changes = request.get_json(silent=True) or {}
    apply_changes(current_user, changes)
    db.session.commit()
    return jsonify(
        id=current_user.id,
        display_name=current_user.display_name,
        timezone=current_user.timezone,
        locale=current_user.locale,
    )
