# ---
# id: cwe22-r3-download-log-file-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-r3-download-log-file-v
# tags: flask
# explanation: Fixed twin: only the basename of the parameter is used and the file is served with send_from_directory, which refuses paths that escape LOG_DIR; directory components in the parameter are dropped.
# ---
import os
from flask import Blueprint, request, send_from_directory, abort

bp = Blueprint("logs", __name__)
LOG_DIR = "/var/log/gateway"


@bp.route("/admin/logs/download")
def download_log():
    fname = request.args.get("file", "gateway.log")
    if not os.path.exists(os.path.join(LOG_DIR, os.path.basename(fname))):
        abort(404)
    return send_from_directory(LOG_DIR, os.path.basename(fname), mimetype="text/plain")
