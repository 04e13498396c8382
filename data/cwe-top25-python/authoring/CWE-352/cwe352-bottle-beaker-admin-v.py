# ---
# id: cwe352-bottle-beaker-admin-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: bottle, beaker
# explanation: A Bottle admin panel keeps the login in a Beaker session cookie and its POST handler for adding operator accounts only checks that the session is an admin. Bottle has no built-in CSRF protection and none is added, so a page visited by a logged-in admin can submit the form and create an operator account for the attacker.
# ---
import os

import bottle
from beaker.middleware import SessionMiddleware
from bottle import abort, redirect, request

from .accounts import create_operator

app = bottle.Bottle()


def admin_session():
    session = request.environ.get("beaker.session")
    if not session or not session.get("is_admin"):
        abort(403)
    return session


@app.post("/admin/operators")
def add_operator():
    session = admin_session()
    username = request.forms.getunicode("username", "").strip()
    email = request.forms.getunicode("email", "").strip()
    create_operator(username=username, email=email, created_by=session["user"])  #@vuln
    redirect("/admin/operators")


wsgi = SessionMiddleware(app, {
    "session.type": "cookie",
    "session.validate_key": os.environ["SESSION_KEY"],
    "session.httponly": True,
})
