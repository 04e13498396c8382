# ---
# id: cwe434-r2-flask-private-docs-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: flask, werkzeug, blueprint
# explanation: An HR blueprint stores uploaded documents only when the extension is in a short allow list, under a random name, in a directory outside the static folder. Files are returned through send_from_directory with as_attachment=True and a fixed mimetype derived from the stored extension, so an uploaded file can never be served as HTML or executed by the server.
# ---
import logging
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Document, db

docs = Blueprint("hr_docs", __name__, url_prefix="/hr/documents")
log = logging.getLogger(__name__)

ALLOWED = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "docx":
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def storage_dir():
    return current_app.config["HR_DOCS_DIR"]


def extension_of(filename):
    _, _, ext = secure_filename(filename).rpartition(".")
    return ext.lower()


@docs.post("/")
@login_required
def upload():
    file = request.files.get("document")
    if file is None or not file.filename:
        abort(400, "no document")
    ext = extension_of(file.filename)
    if ext not in ALLOWED:
        abort(415, "only PDF, PNG, JPEG and DOCX files are accepted")
    stored = f"{uuid.uuid4().hex}.{ext}"
    file.save(os.path.join(storage_dir(), stored))
    doc = Document(owner_id=current_user.id, stored_name=stored, title=secure_filename(file.filename))
    db.session.add(doc)
    db.session.commit()
    log.info("stored HR document %s for user %s", doc.id, current_user.id)
    return jsonify(id=doc.id), 201


@docs.get("/<int:doc_id>")
@login_required
def download(doc_id):
    doc = Document.query.filter_by(id=doc_id, owner_id=current_user.id).first_or_404()
    ext = doc.stored_name.rsplit(".", 1)[1]
    return send_from_directory(storage_dir(), doc.stored_name, as_attachment=True,
                               download_name=doc.title, mimetype=ALLOWED[ext])
