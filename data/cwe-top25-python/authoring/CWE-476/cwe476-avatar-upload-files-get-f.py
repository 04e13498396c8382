# ---
# id: cwe476-avatar-upload-files-get-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-avatar-upload-files-get-v
# tags: flask, werkzeug
# explanation: The handler now answers 400 when the avatar field is missing or empty, so .filename and .save are only used on a real FileStorage object.
# ---
import os
import uuid

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
AVATAR_DIR = "/srv/media/avatars"
ALLOWED = {".png", ".jpg", ".jpeg", ".webp"}


@app.post("/me/avatar")
@login_required
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None or not upload.filename:
        abort(400)
    ext = os.path.splitext(upload.filename)[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = f"{uuid.uuid4().hex}{ext}"
    upload.save(os.path.join(AVATAR_DIR, name))
    current_user.set_avatar(name)
    return jsonify(avatar=name)
