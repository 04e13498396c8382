# ---
# id: cwe862-ban-user-flask-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-ban-user-flask-f
# tags: flask, flask-login, sqlalchemy
# explanation: The forum's moderation endpoint that suspends an account only has login_required. There is no check that the caller is a moderator, so any registered member can suspend any other member, including the administrators.
# ---
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import AuditLog, User, db

moderation = Blueprint("moderation", __name__, url_prefix="/mod")


@moderation.post("/users/<int:user_id>/suspend")
@login_required
def suspend_user(user_id):
    target = db.session.get(User, user_id)  #@vuln
    if target is None:
        abort(404)
    days = min(int(request.form.get("days", 7)), 365)
    target.suspended_until = datetime.now(timezone.utc) + timedelta(days=days)
    db.session.add(AuditLog(actor_id=current_user.id, action="suspend", target_id=target.id))
    db.session.commit()
    return jsonify(user=target.id, until=target.suspended_until.isoformat())
