# ---
# id: cwe22-send-file-join-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-send-file-join-f
# tags: flask
# explanation: A download endpoint joins the requested file name onto the exports directory with os.path.join and passes the result to send_file. A name like "../../etc/passwd" (or an absolute path, which makes join discard the base) lets any user read arbitrary files the server can access.
# ---
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORT_DIR = "/srv/app/exports"


@app.get("/exports/download")
def download_export():
    name = request.args.get("file")
    if not name:
        abort(400)
    path = os.path.join(EXPORT_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)  #@vuln
