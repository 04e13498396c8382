# ---
# id: cwe434-r2-flask-avatar-static-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-r2-flask-avatar-static-f
# tags: flask, werkzeug, blueprint
# explanation: The profile blueprint saves an uploaded avatar into the app's static folder under the user's name plus whatever extension the uploaded filename carries. Nothing limits the type, so a user can upload an .html or .svg file containing script (or any other active content) that the server then serves from its own origin at /static/avatars/.
# ---
import logging
import os

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

profile = Blueprint("profile", __name__)
log = logging.getLogger(__name__)

AVATAR_DIR = "avatars"
MAX_AVATAR_BYTES = 2 * 1024 * 1024


def avatar_folder():
    folder = os.path.join(current_app.static_folder, AVATAR_DIR)
    os.makedirs(folder, exist_ok=True)
    return folder


def too_large(storage):
    storage.stream.seek(0, os.SEEK_END)
    size = storage.stream.tell()
    storage.stream.seek(0)
    return size > MAX_AVATAR_BYTES


@profile.route("/profile/avatar", methods=["GET", "POST"])
@login_required
def upload_avatar():
    if request.method == "GET":
        return render_template("profile/avatar.html", user=current_user)
    file = request.files.get("avatar")
    if file is None or not file.filename:
        flash("Choose a file first.", "warning")
        return redirect(url_for("profile.upload_avatar"))
    if too_large(file):
        flash("Avatars are limited to 2 MB.", "error")
        return redirect(url_for("profile.upload_avatar"))
    ext = os.path.splitext(secure_filename(file.filename))[1].lower()
    name = f"user-{current_user.id}{ext}"
    file.save(os.path.join(avatar_folder(), name))  #@vuln
    current_user.avatar_path = f"{AVATAR_DIR}/{name}"
    current_user.save()
    log.info("user %s uploaded avatar %s", current_user.id, name)
    flash("Avatar updated.", "success")
    return redirect(url_for("profile.upload_avatar"))
