# ---
# id: cwe22-tar-extractall-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-tar-extractall-f
# tags: tarfile, flask, flask-login
# explanation: A plugin installer accepts an uploaded .tar.gz and calls TarFile.extractall into the plugins folder without a filter. Archive members named "../../home/app/.bashrc", absolute paths or symlinks are written outside the target directory (tar-slip).
# ---
import os
import tarfile
import tempfile

from flask import Flask, request, jsonify
from flask_login import login_required

app = Flask(__name__)
PLUGIN_DIR = "/opt/dashboard/plugins"


def install_bundle(archive_path, name):
    target = os.path.join(PLUGIN_DIR, name)
    os.makedirs(target, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as bundle:
        bundle.extractall(target)  #@vuln
    return target


@app.post("/admin/plugins")
@login_required
def upload_plugin():
    upload = request.files["bundle"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        where = install_bundle(tmp.name, upload.filename.split(".")[0])
    return jsonify(installed=where)
