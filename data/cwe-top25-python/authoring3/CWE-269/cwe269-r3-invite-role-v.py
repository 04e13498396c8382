# ---
# id: cwe269-r3-invite-role-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-r3-invite-role-f
# tags: flask
# explanation: Project invitation endpoint. Any member with invite rights may invite someone, and the role of the invitee is taken from the request without comparing it to the inviter's own role, so an "editor" can invite a second account of theirs as "owner" and take over the project.
# ---
from flask import request, abort, jsonify, g

ROLES = ("viewer", "editor", "admin", "owner")


@bp.post("/projects/<int:pid>/invites")
def invite(pid):
    me = Membership.query.filter_by(project_id=pid, user_id=g.user.id).first()
    if me is None or me.role == "viewer":
        abort(403)
    role = request.json.get("role", "viewer")
    if role not in ROLES:
        abort(400)
    inv = Invite.create(project_id=pid, email=request.json["email"], role=role)  #@vuln
    return jsonify(id=inv.id, role=role), 201
