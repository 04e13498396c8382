# ---
# id: cwe863-owner-or-admin-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: flask, flask-login, sqlalchemy
# explanation: The snippet deletion view refuses the request unless the logged-in user is the snippet's stored author or has the server-side admin flag. Both values come from the database, not from the request, and the boolean logic is correct (deny when neither holds).
# ---
from flask import Blueprint, abort, redirect, url_for
from flask_login import current_user, login_required

from .models import Snippet, db

snippets = Blueprint("snippets", __name__)


def may_modify(user, snippet) -> bool:
    return snippet.author_id == user.id or user.is_admin


@snippets.post("/snippets/<int:snippet_id>/delete")
@login_required
def delete_snippet(snippet_id):
    snippet = db.get_or_404(Snippet, snippet_id)
    if not may_modify(current_user, snippet):
        abort(403)
    db.session.delete(snippet)
    db.session.commit()
    return redirect(url_for("snippets.mine"))
