# ---
# id: cwe434-mimetypes-svg-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-mimetypes-svg-f
# tags: flask, mimetypes, werkzeug
# explanation: The banner upload accepts any file whose name maps to an image/* type according to mimetypes.guess_type. That includes .svg (image/svg+xml), which can contain script, and the file is stored in the static folder of the storefront, so a shop owner can plant script that runs for every visitor who opens it.
# ---
import mimetypes
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

banners = Blueprint("banners", __name__)


def image_type(filename: str) -> str | None:
    guessed, _ = mimetypes.guess_type(filename)
    return guessed if guessed and guessed.startswith("image/") else None  #@vuln


@banners.post("/store/banner")
@login_required
def upload_banner():
    upload = request.files.get("banner")
    name = secure_filename(upload.filename if upload else "")
    if not name or image_type(name) is None:
        abort(415)
    stored = f"{current_user.store_id}-{uuid.uuid4().hex[:8]}-{name}"
    upload.save(os.path.join(current_app.static_folder, "banners", stored))
    return jsonify(url=f"/static/banners/{stored}")
