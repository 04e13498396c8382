# ---
# id: cwe863-email-domain-regex-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-email-domain-regex-v
# tags: flask, flask-login, re
# explanation: The staff check now uses fullmatch with the dot escaped, so only addresses ending exactly in @acme.com qualify, and it also requires that the address was verified, so look-alike domains such as acme.com.attacker.net are refused.
# ---
import re
from functools import wraps

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from .metrics import staff_metrics

staff = Blueprint("staff", __name__, url_prefix="/staff")

STAFF_EMAIL = re.compile(r"[a-z0-9._%+-]+@acme\.com", re.IGNORECASE)


def staff_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not (current_user.email_verified and STAFF_EMAIL.fullmatch(current_user.email)):
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@staff.get("/dashboard")
@staff_required
def dashboard():
    return render_template("staff/dashboard.html", metrics=staff_metrics())
