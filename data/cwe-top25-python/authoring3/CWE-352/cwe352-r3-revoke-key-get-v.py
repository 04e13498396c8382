# ---
# id: cwe352-r3-revoke-key-get-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-r3-revoke-key-get-f
# tags: flask, flask-login, flask-wtf
# explanation: The API-key revoke route also answers GET, and Flask-WTF's CSRFProtect only checks unsafe methods. An image tag or link on another site pointing at /keys/<id>/revoke revokes the logged-in user's key without any token.
# ---
from flask import Blueprint, flash, redirect, url_for
from flask_login import current_user, login_required

bp = Blueprint("keys", __name__)


@bp.route("/keys/<int:key_id>/revoke", methods=["GET", "POST"])  #@vuln
@login_required
def revoke_key(key_id):
    key = current_user.api_keys.filter_by(id=key_id).first_or_404()
    key.revoked = True
    db.session.commit()
    flash("Key %s revoked" % key.label)
    return redirect(url_for("keys.index"))
