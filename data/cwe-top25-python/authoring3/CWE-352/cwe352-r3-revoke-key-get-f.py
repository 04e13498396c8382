# ---
# id: cwe352-r3-revoke-key-get-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-r3-revoke-key-get-v
# tags: flask, flask-login, flask-wtf
# explanation: The revoke route now accepts only POST, which CSRFProtect validates against the session's CSRF token, so cross-site links and image tags can no longer trigger it.
# ---
from flask import Blueprint, flash, redirect, url_for
from flask_login import current_user, login_required

bp = Blueprint("keys", __name__)


@bp.route("/keys/<int:key_id>/revoke", methods=["POST"])
@login_required
def revoke_key(key_id):
    key = current_user.api_keys.filter_by(id=key_id).first_or_404()
    key.revoked = True
    db.session.commit()
    flash("Key %s revoked" % key.label)
    return redirect(url_for("keys.index"))
