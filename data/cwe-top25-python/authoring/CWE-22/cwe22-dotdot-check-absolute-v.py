# ---
# id: cwe22-dotdot-check-absolute-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: flask, os
# explanation: The attachment view rejects names containing "..", which blocks relative climbing, but it does not reject absolute paths. os.path.join discards the base when the second part is absolute, so name=/etc/passwd is opened directly.
# ---
import os

from flask import Flask, abort, request, send_file
from flask_login import login_required

app = Flask(__name__)
ATTACHMENTS = "/srv/wiki/attachments"


@app.get("/attachments")
@login_required
def attachment():
    name = request.args.get("name", "")
    if not name or ".." in name:
        abort(400)
    path = os.path.join(ATTACHMENTS, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path)  #@vuln
