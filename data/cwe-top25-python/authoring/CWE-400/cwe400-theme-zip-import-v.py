# ---
# id: cwe400-theme-zip-import-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-theme-zip-import-f
# tags: zipfile, flask, flask-login
# explanation: Admins of a site builder upload theme archives; the handler reads every member of the zip into memory with zf.read() and stores it. A zip bomb (a few KB compressing to many GB) is decompressed without any check of the declared or actual size, exhausting memory and disk.
# ---
"""Theme import for the site builder's admin area."""

import zipfile

from flask import Blueprint, abort, request
from flask_login import current_user, login_required

from .storage import theme_store

bp = Blueprint("themes", __name__)
ALLOWED = (".css", ".html", ".js", ".png", ".svg")


@bp.post("/themes/<slug>/import")
@login_required
def import_theme(slug):
    if not current_user.is_admin:
        abort(403)
    upload = request.files.get("archive")
    if upload is None:
        abort(400)
    with zipfile.ZipFile(upload.stream) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.endswith(ALLOWED):
                continue
            content = zf.read(info)  #@vuln
            theme_store.put(slug, info.filename.replace("/", "_"), content)
    return {"theme": slug, "status": "imported"}
