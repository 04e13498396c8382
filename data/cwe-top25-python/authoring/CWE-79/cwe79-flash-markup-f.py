# ---
# id: cwe79-flash-markup-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-flash-markup-v
# tags: flask, flask-login, markupsafe
# explanation: The flash message is now built with Markup.format, so the invitee address from the form is escaped while the <strong> wrapper stays literal markup; the message can no longer carry script.
# ---
from flask import Blueprint, flash, redirect, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from .invites import send_invite

team = Blueprint("team", __name__, url_prefix="/team")


@team.post("/invite")
@login_required
def invite():
    address = request.form.get("email", "").strip()
    role = request.form.get("role", "member")
    if role not in ("member", "viewer"):
        role = "member"
    send_invite(current_user.team_id, address, role, invited_by=current_user.id)
    flash(Markup("Invitation sent to <strong>{}</strong> as {}.").format(address, role), "success")
    return redirect(url_for("team.members"))
