# ---
# id: cwe269-profile-mass-assign-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-profile-mass-assign-f
# tags: flask, flask-login, sqlalchemy
# explanation: The profile update endpoint copies every key of the JSON body onto the logged-in user's model with setattr. The User model also has is_admin and role columns, so a user can send {"is_admin": true} and grant themselves administrator privileges.
# ---
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .models import db

account = Blueprint("account", __name__, url_prefix="/api/account")


def apply_changes(user, changes: dict) -> None:
    for field, value in changes.items():
        if hasattr(user, field):  #@vuln
            setattr(user, field, value)  #@vuln


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
