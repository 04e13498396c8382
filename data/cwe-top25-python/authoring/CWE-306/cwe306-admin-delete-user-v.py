# ---
# id: cwe306-admin-delete-user-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-admin-delete-user-f
# tags: flask, flask-login, sqlalchemy
# explanation: In this Flask admin blueprint the listing page is protected by admin_required, but the account deletion route was added without any decorator. Anyone on the internet, without logging in, can POST to /admin/users/<id>/delete and erase accounts.
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


@admin.post("/users/<int:user_id>/delete")  #@vuln
def delete_user(user_id):
    user = db.get_or_404(User, user_id)
    db.session.delete(user)
    db.session.commit()
    return redirect(url_for("admin.list_users"))
