# ---
# id: cwe434-mimetypes-svg-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-mimetypes-svg-v
# tags: flask, mimetypes, werkzeug
# explanation: The banner check now accepts only an explicit set of raster image types (PNG, JPEG, GIF, WebP) instead of any image/* type, so SVG files, which can carry script, are refused before anything is saved to the storefront's static folder.
# ---
import mimetypes
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

banners = Blueprint("banners", __name__)
RASTER_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


def image_type(filename: str) -> str | None:
    guessed, _ = mimetypes.guess_type(filename)
    return guessed if guessed in RASTER_TYPES else None


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
