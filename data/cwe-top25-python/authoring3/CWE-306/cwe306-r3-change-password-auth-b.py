# ---
# id: cwe306-r3-change-password-auth-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: flask, flask-login
# explanation: Password change endpoint that requires a logged-in session and the current password, and only changes the caller's own password.
# ---
from flask import request, jsonify, abort
from flask_login import login_required, current_user
from werkzeug.security import check_password_hash, generate_password_hash


@api.route("/me/password", methods=["PUT"])
@login_required
def change_password():
    body = request.get_json(silent=True) or {}
    if not check_password_hash(current_user.password_hash, body.get("current", "")):
        abort(403)
    new = body.get("password", "")
    if len(new) < 10:
        abort(400)
    current_user.password_hash = generate_password_hash(new)
    db.session.commit()
    return jsonify(ok=True)
