# ---
# id: cwe269-grant-role-capped-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: flask, flask-login, sqlalchemy
# explanation: Project maintainers can change collaborators' roles, but the handler only accepts roles from an explicit list that excludes "owner", refuses to touch owners and the caller's own membership, and all authority comes from the caller's stored membership, so nobody can grant more than they hold.
# ---
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Collaborator, db

collab = Blueprint("collab", __name__)
ASSIGNABLE = ("reader", "triager", "writer", "maintainer")


@collab.put("/projects/<int:project_id>/collaborators/<int:user_id>")
@login_required
def set_collaborator_role(project_id, user_id):
    me = Collaborator.query.filter_by(project_id=project_id, user_id=current_user.id).first()
    if me is None or me.role not in ("maintainer", "owner"):
        abort(403)
    role = (request.get_json(silent=True) or {}).get("role")
    if role not in ASSIGNABLE:
        abort(422)
    target = Collaborator.query.filter_by(project_id=project_id, user_id=user_id).first_or_404()
    if target.role == "owner" or target.user_id == current_user.id:
        abort(403)
    target.role = role
    db.session.commit()
    return jsonify(user_id=user_id, role=role)
