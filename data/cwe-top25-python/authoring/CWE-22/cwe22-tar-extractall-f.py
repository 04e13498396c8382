# ---
# id: cwe22-tar-extractall-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-tar-extractall-v
# tags: tarfile, flask, flask-login, werkzeug
# explanation: The installer now extracts with filter="data", which refuses absolute names, ".." components and links pointing outside the destination, and derives the folder name with secure_filename. Archive members can only be written inside the plugin folder.
# ---
import os
import tarfile
import tempfile

from flask import Flask, request, jsonify
from flask_login import login_required
from werkzeug.utils import secure_filename

app = Flask(__name__)
PLUGIN_DIR = "/opt/dashboard/plugins"


def install_bundle(archive_path, name):
    target = os.path.join(PLUGIN_DIR, secure_filename(name) or "plugin")
    os.makedirs(target, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as bundle:
        bundle.extractall(target, filter="data")
    return target


@app.post("/admin/plugins")
@login_required
def upload_plugin():
    upload = request.files["bundle"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        where = install_bundle(tmp.name, upload.filename.split(".")[0])
    return jsonify(installed=where)
