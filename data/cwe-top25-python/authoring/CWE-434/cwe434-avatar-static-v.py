# ---
# id: cwe434-avatar-static-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-avatar-static-f
# tags: flask, flask-login, werkzeug
# explanation: Avatars are saved under the app's static folder, which is served from the site's own origin, with only secure_filename applied. secure_filename keeps the extension, so a user can upload profile.html or an .svg containing script and have it served as active content to anyone who opens the URL.
# ---
import os

from flask import Flask, abort, redirect, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
AVATAR_DIR = os.path.join(app.static_folder, "avatars")


@app.post("/settings/avatar")
@login_required
def upload_avatar():
    file = request.files.get("avatar")
    if file is None or not file.filename:
        abort(400)
    name = f"{current_user.id}-{secure_filename(file.filename)}"
    file.save(os.path.join(AVATAR_DIR, name))  #@vuln
    current_user.avatar_path = f"avatars/{name}"
    app.extensions["sqlalchemy"].session.commit()
    return redirect(url_for("static", filename=current_user.avatar_path))
