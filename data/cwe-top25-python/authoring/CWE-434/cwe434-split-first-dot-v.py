# ---
# id: cwe434-split-first-dot-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-split-first-dot-f
# tags: flask, werkzeug
# explanation: The attachment allow-list looks at the part of the name after the first dot, so "report.pdf.html" is judged to be a pdf but is saved with its real .html extension in the public attachments folder and served inline from the forum's origin.
# ---
import os
import uuid

from flask import Blueprint, abort, jsonify, request, current_app
from werkzeug.utils import secure_filename

attachments = Blueprint("attachments", __name__)
ALLOWED = {"pdf", "png", "jpg", "txt", "zip"}


def allowed_file(filename: str) -> bool:
    return "." in filename and filename.split(".")[1].lower() in ALLOWED  #@vuln


@attachments.post("/threads/<int:thread_id>/attachments")
def upload(thread_id):
    file = request.files.get("file")
    if file is None or not allowed_file(file.filename or ""):
        abort(400, "file type not allowed")
    name = f"{uuid.uuid4().hex[:8]}_{secure_filename(file.filename)}"
    folder = os.path.join(current_app.static_folder, "attachments", str(thread_id))
    os.makedirs(folder, exist_ok=True)
    file.save(os.path.join(folder, name))
    return jsonify(url=f"/static/attachments/{thread_id}/{name}"), 201
