# ---
# id: cwe863-r3-role-substring-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-r3-role-substring-f
# tags: flask
# explanation: Decorator guarding management routes. It tests the user's role with `in` against a string, which is a substring test: a role of "" or "own" or "min" passes as if it were "admin" or "owner", so users with other roles (or an empty role) get management access.
# ---
from functools import wraps

from flask import g, abort


def manager_only(view):
    @wraps(view)
    def inner(*args, **kwargs):
        if g.user is None:
            abort(401)
        if g.user.role not in "admin,owner":  #@vuln
            abort(403)
        return view(*args, **kwargs)
    return inner
