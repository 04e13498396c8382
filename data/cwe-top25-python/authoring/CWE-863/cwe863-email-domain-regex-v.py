# ---
# id: cwe863-email-domain-regex-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-email-domain-regex-f
# tags: flask, flask-login, re
# explanation: Access to the internal staff dashboard is granted to accounts whose e-mail matches a regular expression for the company domain, but the pattern uses re.match with no end anchor and an unescaped dot. A self-registered address such as eve@acme.com.attacker.net passes the check.
# ---
import re
from functools import wraps

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from .metrics import staff_metrics

staff = Blueprint("staff", __name__, url_prefix="/staff")

STAFF_EMAIL = re.compile(r"[a-z0-9._%+-]+@acme.com", re.IGNORECASE)


def staff_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not STAFF_EMAIL.match(current_user.email):  #@vuln
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@staff.get("/dashboard")
@staff_required
def dashboard():
    return render_template("staff/dashboard.html", metrics=staff_metrics())
