# ---
# id: cwe863-role-substring-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-role-substring-f
# tags: flask, flask-login
# explanation: The admin guard tests the user's role with `in` against a string, which is a substring test. Ordinary accounts have the role "user", which is a substring of "superuser", so every regular user passes the check and can use the admin-only purge endpoint.
# ---
from functools import wraps

from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .cache import purge_cdn

app = Flask(__name__)

ADMIN_ROLES = "admin superuser"


def admin_only(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if current_user.role not in ADMIN_ROLES:  #@vuln
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.post("/admin/cdn/purge")
@admin_only
def purge_everything():
    job = purge_cdn(scope="all", requested_by=current_user.email)
    return jsonify(job=job.id), 202
