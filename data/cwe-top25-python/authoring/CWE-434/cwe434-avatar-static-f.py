# ---
# id: cwe434-avatar-static-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-avatar-static-v
# tags: flask, flask-login, werkzeug, pillow
# explanation: The upload is now opened with Pillow and accepted only if it decodes as PNG, JPEG or GIF, and the stored name uses the extension of the detected format rather than the client's, so only real images with image extensions are placed in the static avatar folder.
# ---
import os

from flask import Flask, abort, redirect, request, url_for
from flask_login import current_user, login_required
from PIL import Image, UnidentifiedImageError

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
AVATAR_DIR = os.path.join(app.static_folder, "avatars")
FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif"}


@app.post("/settings/avatar")
@login_required
def upload_avatar():
    file = request.files.get("avatar")
    if file is None or not file.filename:
        abort(400)
    try:
        with Image.open(file.stream) as img:
            img.verify()
            ext = FORMATS.get(img.format)
    except (UnidentifiedImageError, OSError):
        abort(400)
    if ext is None:
        abort(400)
    file.stream.seek(0)
    name = f"{current_user.id}.{ext}"
    file.save(os.path.join(AVATAR_DIR, name))
    current_user.avatar_path = f"avatars/{name}"
    app.extensions["sqlalchemy"].session.commit()
    return redirect(url_for("static", filename=current_user.avatar_path))
