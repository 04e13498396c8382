# ---
# id: cwe200-user-dict-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-user-dict-f
# tags: flask, sqlalchemy
# explanation: The team members endpoint serialises each SQLAlchemy User row by copying every column into the response. That includes password_hash, api_token and the TOTP secret, so any team member can read other members' credentials material.
# ---
from flask import Blueprint, jsonify
from flask_login import current_user, login_required
from sqlalchemy import inspect

from app.models import User

bp = Blueprint("team", __name__)


def to_dict(obj):
    return {c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs}


@bp.get("/team/members")
@login_required
def members():
    users = User.query.filter_by(team_id=current_user.team_id).order_by(User.name).all()
    return jsonify([to_dict(u) for u in users])  #@vuln
