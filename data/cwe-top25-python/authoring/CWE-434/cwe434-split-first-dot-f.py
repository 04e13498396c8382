# ---
# id: cwe434-split-first-dot-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-split-first-dot-v
# tags: flask, werkzeug
# explanation: The allow-list now checks the final extension (rsplit on the last dot), which is the one the saved file keeps after secure_filename, so only pdf, png, jpg, txt and zip files can be stored in the attachments folder.
# ---
import os
import uuid

from flask import Blueprint, abort, jsonify, request, current_app
from werkzeug.utils import secure_filename

attachments = Blueprint("attachments", __name__)
ALLOWED = {"pdf", "png", "jpg", "txt", "zip"}


def allowed_file(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED


@attachments.post("/threads/<int:thread_id>/attachments")
def upload(thread_id):
    file = request.files.get("file")
    if file is None or not allowed_file(secure_filename(file.filename or "")):
        abort(400, "file type not allowed")
    name = f"{uuid.uuid4().hex[:8]}_{secure_filename(file.filename)}"
    folder = os.path.join(current_app.static_folder, "attachments", str(thread_id))
    os.makedirs(folder, exist_ok=True)
    file.save(os.path.join(folder, name))
    return jsonify(url=f"/static/attachments/{thread_id}/{name}"), 201
