# ---
# id: cwe434-checked-name-mismatch-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-checked-name-mismatch-f
# tags: flask, werkzeug
# explanation: The document portal validates the extension of the uploaded file's own name, but saves the file under the separate `title` form field, which is never checked. Uploading report.pdf with title "report.html" stores an HTML page in the publicly served documents folder.
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
    title = secure_filename(request.form.get("title") or upload.filename)  #@vuln
    if not title:
        abort(400)
    upload.save(os.path.join(DOCS_DIR, title))
    return jsonify(url=f"/static/docs/{title}"), 201
