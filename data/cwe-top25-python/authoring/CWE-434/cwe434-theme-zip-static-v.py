# ---
# id: cwe434-theme-zip-static-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-theme-zip-static-f
# tags: flask, zipfile, flask-login
# explanation: Community site owners can upload a theme as a ZIP archive, which is extracted into the application's static folder. Every member in the archive is written whatever its type, so a theme can ship .html pages (or .svg files) with script that are then served from the platform's origin to all visitors and administrators.
# ---
import os
import zipfile

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

themes = Blueprint("themes", __name__)
MAX_MEMBERS = 500


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
        zf.extractall(target, members=members)  #@vuln
    return jsonify(files=len(members))
