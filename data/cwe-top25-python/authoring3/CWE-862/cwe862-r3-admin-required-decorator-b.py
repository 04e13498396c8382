# ---
# id: cwe862-r3-admin-required-decorator-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: flask, flask-login
# explanation: A small role decorator used on Flask admin routes: it aborts with 401 for anonymous users and 403 for users without the admin role, and the user-deletion route is wrapped in it.
# ---
from functools import wraps

from flask import abort, jsonify
from flask_login import current_user


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated:
            abort(401)
        if "admin" not in current_user.roles:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@bp.route("/admin/users/<int:uid>/disable", methods=["POST"])
@admin_required
def disable_user(uid):
    User.query.filter_by(id=uid).update({"active": False})
    db.session.commit()
    return jsonify(ok=True)
