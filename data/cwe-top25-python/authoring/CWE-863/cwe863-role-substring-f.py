# ---
# id: cwe863-role-substring-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-role-substring-v
# tags: flask, flask-login
# explanation: ADMIN_ROLES is now a frozenset, so `in` tests exact membership; the role "user" no longer matches and only accounts whose role is exactly admin or superuser can trigger the purge.
# ---
from functools import wraps

from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .cache import purge_cdn

app = Flask(__name__)

ADMIN_ROLES = frozenset({"admin", "superuser"})


def admin_only(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if current_user.role not in ADMIN_ROLES:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.post("/admin/cdn/purge")
@admin_only
def purge_everything():
    job = purge_cdn(scope="all", requested_by=current_user.email)
    return jsonify(job=job.id), 202
