# ---
# id: cwe79-flash-markup-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-flash-markup-f
# tags: flask, flask-login, markupsafe
# explanation: After a team invitation is sent, the view flashes a message built with an f-string and wrapped in Markup so the address appears in bold. The invitee address comes from the form, so an inviter can make the flash message carry script (and a link to the invite page with a prefilled address delivers it to another admin).
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
    flash(Markup(f"Invitation sent to <strong>{address}</strong> as {role}."), "success")  #@vuln
    return redirect(url_for("team.members"))
