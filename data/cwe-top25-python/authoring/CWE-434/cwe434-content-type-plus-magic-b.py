# ---
# id: cwe434-content-type-plus-magic-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: flask, werkzeug
# explanation: This Flask endpoint does look at the client's Content-Type, which alone would be untrustworthy, but only as a first filter: the file's leading bytes must match the signature of that same image format and the stored name takes its extension from the matched format, so the client cannot get anything but a PNG or JPEG stored.
# ---
import os
import secrets

from flask import Blueprint, abort, current_app, jsonify, request

gallery = Blueprint("gallery", __name__)
FORMATS = {
    "image/png": (b"\x89PNG\r\n\x1a\n", ".png"),
    "image/jpeg": (b"\xff\xd8\xff", ".jpg"),
}


@gallery.post("/gallery")
def add_picture():
    upload = request.files.get("picture")
    if upload is None or upload.mimetype not in FORMATS:
        abort(415)
    signature, ext = FORMATS[upload.mimetype]
    head = upload.stream.read(len(signature))
    upload.stream.seek(0)
    if head != signature:
        abort(415)
    name = secrets.token_hex(10) + ext
    upload.save(os.path.join(current_app.static_folder, "gallery", name))
    return jsonify(url=f"/static/gallery/{name}"), 201
