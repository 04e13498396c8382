# ---
# id: cwe269-r3-invite-role-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-r3-invite-role-v
# tags: flask
# explanation: The endpoint now refuses roles ranked above the inviter's own role, so members can only grant privileges they already hold.
# ---
from flask import request, abort, jsonify, g

ROLES = ("viewer", "editor", "admin", "owner")


@bp.post("/projects/<int:pid>/invites")
def invite(pid):
    me = Membership.query.filter_by(project_id=pid, user_id=g.user.id).first()
    if me is None or me.role == "viewer":
        abort(403)
    role = request.json.get("role", "viewer")
    if role not in ROLES or ROLES.index(role) > ROLES.index(me.role):
        abort(400)
    inv = Invite.create(project_id=pid, email=request.json["email"], role=role)
    return jsonify(id=inv.id, role=role), 201
