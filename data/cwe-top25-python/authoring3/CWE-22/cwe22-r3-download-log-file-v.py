# ---
# id: cwe22-r3-download-log-file-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-r3-download-log-file-f
# tags: flask
# explanation: A Flask endpoint lets operators download a log file named in the `file` query parameter. The name is concatenated onto the log directory and given to send_file, so '?file=../../etc/shadow' (or any ../ path) reads arbitrary files.
# ---
import os
from flask import Blueprint, request, send_file, abort

bp = Blueprint("logs", __name__)
LOG_DIR = "/var/log/gateway"


@bp.route("/admin/logs/download")
def download_log():
    fname = request.args.get("file", "gateway.log")
    full = LOG_DIR + "/" + fname  #@vuln
    if not os.path.exists(full):
        abort(404)
    return send_file(full, mimetype="text/plain")
