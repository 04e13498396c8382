# ---
# id: cwe434-r3-handle-upload-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-r3-handle-upload-v
# tags: flask, werkzeug
# explanation: Uploads are now accepted only when the extension is one of a short list of document and image types, so scripts, HTML and SVG files are rejected before anything is written to the served folder.
# ---
import os

from flask import current_app, request, jsonify, url_for
from werkzeug.utils import secure_filename

ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".pdf", ".txt"}


def handle_upload():
    f = request.files.get("file")
    if f is None or f.filename == "":
        return jsonify(error="no file"), 400
    name = secure_filename(f.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        return jsonify(error="file type not allowed"), 415
    dest = os.path.join(current_app.static_folder, "uploads", name)
    f.save(dest)
    return jsonify(url=url_for("static", filename="uploads/" + name)), 201
