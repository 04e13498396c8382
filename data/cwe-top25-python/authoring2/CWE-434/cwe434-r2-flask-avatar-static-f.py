# ---
# id: cwe434-r2-flask-avatar-static-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-r2-flask-avatar-static-v
# tags: flask, werkzeug, blueprint
# explanation: The avatar upload now accepts only the image extensions in AVATAR_EXTENSIONS and rejects everything else before saving, so the static folder can only receive .png, .jpg or .gif files that browsers treat as images rather than HTML, SVG or scripts.
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
AVATAR_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif"}


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
    if ext not in AVATAR_EXTENSIONS:
        flash("Avatars must be PNG, JPEG or GIF images.", "error")
        return redirect(url_for("profile.upload_avatar"))
    name = f"user-{current_user.id}{ext}"
    file.save(os.path.join(avatar_folder(), name))
    current_user.avatar_path = f"{AVATAR_DIR}/{name}"
    current_user.save()
    log.info("user %s uploaded avatar %s", current_user.id, name)
    flash("Avatar updated.", "success")
    return redirect(url_for("profile.upload_avatar"))
