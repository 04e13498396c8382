# ---
# id: cwe863-r3-role-substring-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-r3-role-substring-v
# tags: flask
# explanation: The role is now compared against a tuple of role names, so only the exact roles "admin" and "owner" pass.
# ---
from functools import wraps

from flask import g, abort


def manager_only(view):
    @wraps(view)
    def inner(*args, **kwargs):
        if g.user is None:
            abort(401)
        if g.user.role not in ("admin", "owner"):
            abort(403)
        return view(*args, **kwargs)
    return inner
