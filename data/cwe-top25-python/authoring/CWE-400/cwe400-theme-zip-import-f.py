# ---
# id: cwe400-theme-zip-import-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-theme-zip-import-v
# tags: zipfile, flask, flask-login
# explanation: The theme import now limits the number of members and the total uncompressed size declared in the archive, and reads each member through a stream capped one byte past its declared size, so a lying header is caught too. A zip bomb is rejected before it can consume memory.
# ---
"""Theme import for the site builder's admin area."""

import zipfile

from flask import Blueprint, abort, request
from flask_login import current_user, login_required

from .storage import theme_store

bp = Blueprint("themes", __name__)
ALLOWED = (".css", ".html", ".js", ".png", ".svg")
MAX_MEMBERS = 500
MAX_TOTAL = 50 * 1024 * 1024


@bp.post("/themes/<slug>/import")
@login_required
def import_theme(slug):
    if not current_user.is_admin:
        abort(403)
    upload = request.files.get("archive")
    if upload is None:
        abort(400)
    with zipfile.ZipFile(upload.stream) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS or sum(i.file_size for i in members) > MAX_TOTAL:
            abort(413)
        for info in members:
            if info.is_dir() or not info.filename.endswith(ALLOWED):
                continue
            with zf.open(info) as fh:
                content = fh.read(info.file_size + 1)
            if len(content) > info.file_size:
                abort(400)
            theme_store.put(slug, info.filename.replace("/", "_"), content)
    return {"theme": slug, "status": "imported"}
