# ---
# id: cwe306-r3-set-password-api-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: flask
# explanation: REST endpoint that sets a user's password by user id. It has no authentication at all: no session, token or current-password check, so anyone can take over any account by its numeric id.
# ---
from flask import request, jsonify, abort
from werkzeug.security import generate_password_hash


@api.route("/users/<int:uid>/password", methods=["PUT"])
def set_password(uid):
    body = request.get_json(silent=True) or {}
    new = body.get("password", "")
    if len(new) < 10:
        abort(400)
    user = User.query.get_or_404(uid)
    user.password_hash = generate_password_hash(new)  #@vuln
    db.session.commit()
    return jsonify(ok=True)
