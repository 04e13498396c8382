# ---
# id: cwe269-r2-flask-team-invite-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-r2-flask-team-invite-f
# tags: flask, flask-login, sqlalchemy, secrets
# explanation: A Flask blueprint lets team members with the "manager" role invite people to their workspace with a chosen role. The role comes from the request and is only checked against the list of known roles, not against the inviter's own rank, so a manager can invite a second account of their own as "owner" and gain owner privileges (billing, deleting the workspace).
# ---
import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for
from flask_login import current_user, login_required

from ..extensions import db, mailer
from ..models import Invitation, Membership

invites = Blueprint("invites", __name__)
log = logging.getLogger(__name__)

ROLE_RANK = {"viewer": 0, "member": 1, "manager": 2, "owner": 3}
INVITE_TTL = timedelta(days=7)


def membership_or_404(workspace_id: int) -> Membership:
    m = Membership.query.filter_by(workspace_id=workspace_id, user_id=current_user.id).first()
    if m is None:
        abort(404)
    return m


@invites.post("/workspaces/<int:workspace_id>/invitations")
@login_required
def invite(workspace_id: int):
    me = membership_or_404(workspace_id)
    if ROLE_RANK[me.role] < ROLE_RANK["manager"]:
        abort(403)
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    role = str(data.get("role", "member"))
    if "@" not in email:
        abort(400, "a valid e-mail address is required")
    if role not in ROLE_RANK:  #@vuln
        abort(400, "unknown role")

    token = secrets.token_urlsafe(24)
    inv = Invitation(
        workspace_id=workspace_id,
        email=email,
        role=role,
        token=token,
        invited_by=current_user.id,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.session.add(inv)
    db.session.commit()
    link = url_for("invites.accept", token=token, _external=True)
    mailer.send(email, "You're invited", f"Join the workspace: {link}")
    log.info("user %s invited %s as %s to %s", current_user.id, email, role, workspace_id)
    return jsonify(id=inv.id, email=email, role=role), 201
