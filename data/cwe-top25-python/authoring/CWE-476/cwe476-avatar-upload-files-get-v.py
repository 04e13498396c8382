# ---
# id: cwe476-avatar-upload-files-get-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-avatar-upload-files-get-f
# tags: flask, werkzeug
# explanation: The avatar endpoint reads request.files.get("avatar") and immediately uses .filename and .save on the result. A form posted without the file field makes get() return None, and the handler crashes with AttributeError (500) instead of rejecting the request.
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
    ext = os.path.splitext(upload.filename)[1].lower()  #@vuln
    if ext not in ALLOWED:
        abort(415)
    name = f"{uuid.uuid4().hex}{ext}"
    upload.save(os.path.join(AVATAR_DIR, name))
    current_user.set_avatar(name)
    return jsonify(avatar=name)
