# ---
# id: cwe863-doc-owner-form-field-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-doc-owner-form-field-v
# tags: flask, flask-login, sqlalchemy
# explanation: The ownership check now compares the logged-in user's id with the owner_id stored on the document row, so the client-supplied form value no longer influences the decision and only the real owner can rename it.
# ---
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Document, db

docs = Blueprint("docs", __name__)


@docs.post("/documents/<int:doc_id>/rename")
@login_required
def rename_document(doc_id):
    doc = db.get_or_404(Document, doc_id)
    if doc.owner_id != current_user.id:
        abort(403)
    title = request.form.get("title", "").strip()
    if not 0 < len(title) <= 200:
        abort(400)
    doc.title = title
    db.session.commit()
    return jsonify(id=doc.id, title=doc.title)
