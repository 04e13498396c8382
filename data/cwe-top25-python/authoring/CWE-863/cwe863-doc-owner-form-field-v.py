# ---
# id: cwe863-doc-owner-form-field-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-doc-owner-form-field-f
# tags: flask, flask-login, sqlalchemy
# explanation: The document rename endpoint does perform an ownership check, but it compares the logged-in user's id with an owner_id that the client sends in the form rather than with the document's stored owner. An attacker simply submits their own id as owner_id and can rename anyone's document.
# ---
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Document, db

docs = Blueprint("docs", __name__)


@docs.post("/documents/<int:doc_id>/rename")
@login_required
def rename_document(doc_id):
    doc = db.get_or_404(Document, doc_id)
    claimed_owner = request.form.get("owner_id", type=int)
    if claimed_owner != current_user.id:  #@vuln
        abort(403)
    title = request.form.get("title", "").strip()
    if not 0 < len(title) <= 200:
        abort(400)
    doc.title = title
    db.session.commit()
    return jsonify(id=doc.id, title=doc.title)
