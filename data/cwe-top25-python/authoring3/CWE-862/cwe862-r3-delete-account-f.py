# ---
# id: cwe862-r3-delete-account-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-r3-delete-account-v
# tags: flask, flask-login
# explanation: The admin delete endpoint now refuses callers who are not administrators before deleting, so a plain logged-in user gets 403.
# ---
from flask import abort, jsonify
from flask_login import login_required, current_user


@bp.route("/admin/users/<int:user_id>", methods=["DELETE"])
@login_required
def delete_account(user_id):
    if not current_user.is_admin:
        abort(403)
    user = User.query.get(user_id)
    if user is None:
        abort(404)
    db.session.delete(user)
    db.session.commit()
    audit.log(current_user.id, "delete_user", user_id)
    return jsonify(deleted=user_id)
