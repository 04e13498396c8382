# ---
# id: cwe306-admin-delete-user-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-admin-delete-user-v
# tags: flask, flask-login, sqlalchemy
# explanation: The deletion route now carries the same admin_required decorator as the listing page, so an anonymous request or a non-admin user receives 403 before any account is touched.
# ---
from functools import wraps

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_login import current_user

from .models import User, db

admin = Blueprint("admin", __name__, url_prefix="/admin")


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated or not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@admin.get("/users")
@admin_required
def list_users():
    return render_template("admin/users.html", users=User.query.order_by(User.id).all())


@admin.post("/users/<int:user_id>/delete")
@admin_required
def delete_user(user_id):
    user = db.get_or_404(User, user_id)
    db.session.delete(user)
    db.session.commit()
    return redirect(url_for("admin.list_users"))
