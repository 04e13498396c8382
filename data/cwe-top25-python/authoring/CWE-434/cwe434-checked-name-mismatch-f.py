# ---
# id: cwe434-checked-name-mismatch-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-checked-name-mismatch-v
# tags: flask, werkzeug
# explanation: The name used for saving is now the one that was validated: the title is combined with the checked extension of the uploaded file, so the stored document always ends in .pdf, .odt or .docx.
# ---
import os

from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
DOCS_DIR = os.path.join(app.root_path, "static", "docs")
ALLOWED_EXT = {".pdf", ".odt", ".docx"}


def extension_ok(filename: str) -> bool:
    return os.path.splitext(filename)[1].lower() in ALLOWED_EXT


@app.post("/portal/documents")
def upload_document():
    upload = request.files.get("document")
    if upload is None or not extension_ok(upload.filename or ""):
        abort(400, "PDF, ODT or DOCX only")
    ext = os.path.splitext(upload.filename)[1].lower()
    stem = os.path.splitext(secure_filename(request.form.get("title") or upload.filename))[0]
    if not stem:
        abort(400)
    title = stem + ext
    upload.save(os.path.join(DOCS_DIR, title))
    return jsonify(url=f"/static/docs/{title}"), 201
