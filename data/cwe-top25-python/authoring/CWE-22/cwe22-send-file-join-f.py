# ---
# id: cwe22-send-file-join-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-send-file-join-v
# tags: flask, werkzeug
# explanation: The download endpoint now builds the path with werkzeug's safe_join, which returns None for names that are absolute or climb out of the exports directory. Only files inside EXPORT_DIR can be sent.
# ---
import os

from flask import Flask, abort, request, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
EXPORT_DIR = "/srv/app/exports"


@app.get("/exports/download")
def download_export():
    name = request.args.get("file")
    if not name:
        abort(400)
    path = safe_join(EXPORT_DIR, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
