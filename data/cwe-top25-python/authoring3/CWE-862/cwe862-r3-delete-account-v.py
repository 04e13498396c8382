# ---
# id: cwe862-r3-delete-account-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-r3-delete-account-f
# tags: flask, flask-login
# explanation: Admin endpoint that deletes an arbitrary user account by id. It only requires that the caller be logged in; there is no check that the caller is an administrator, so any registered user can delete any account.
# ---
from flask import abort, jsonify
from flask_login import login_required, current_user


@bp.route("/admin/users/<int:user_id>", methods=["DELETE"])
@login_required
def delete_account(user_id):
    user = User.query.get(user_id)
    if user is None:
        abort(404)
    db.session.delete(user)  #@vuln
    db.session.commit()
    audit.log(current_user.id, "delete_user", user_id)
    return jsonify(deleted=user_id)
