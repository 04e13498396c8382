# ---
# id: cwe434-theme-zip-static-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-theme-zip-static-v
# tags: flask, zipfile, flask-login
# explanation: Only archive members whose extension is on a list of passive theme assets (CSS, raster images, fonts) are extracted; HTML, SVG, JavaScript and any other type in the ZIP are skipped, so a theme cannot place active pages on the platform's origin.
# ---
import os
import zipfile

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

themes = Blueprint("themes", __name__)
MAX_MEMBERS = 500
ASSET_TYPES = {".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2"}


@themes.post("/site/theme")
@login_required
def upload_theme():
    archive = request.files.get("theme")
    if archive is None:
        abort(400)
    target = os.path.join(current_app.static_folder, "themes", str(current_user.site_id))
    os.makedirs(target, exist_ok=True)
    with zipfile.ZipFile(archive.stream) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > 50 * 1024 * 1024:
            abort(413)
        assets = [m for m in members if os.path.splitext(m.filename)[1].lower() in ASSET_TYPES]
        zf.extractall(target, members=assets)
    return jsonify(files=len(assets))
