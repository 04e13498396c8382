# ---
# id: cwe200-user-dict-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-user-dict-v
# tags: flask, sqlalchemy
# explanation: Members are now serialised through an explicit list of public fields (id, name, email, role, joined), so credential columns such as password_hash, api_token and the TOTP secret never leave the server.
# ---
from flask import Blueprint, jsonify
from flask_login import current_user, login_required

from app.models import User

bp = Blueprint("team", __name__)
PUBLIC_FIELDS = ("id", "name", "email", "role", "joined")


def to_dict(obj):
    return {name: getattr(obj, name) for name in PUBLIC_FIELDS}


@bp.get("/team/members")
@login_required
def members():
    users = User.query.filter_by(team_id=current_user.team_id).order_by(User.name).all()
    return jsonify([to_dict(u) for u in users])
