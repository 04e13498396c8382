# ---
# id: cwe77-tar-checkpoint-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-tar-checkpoint-f
# tags: flask, subprocess, tar
# explanation: A file manager bundles the files a user selects into a tarball by appending their names to a tar argument list. No shell is involved, but a selected file named "--checkpoint-action=exec=sh run.sh" (uploaded earlier by the user) is parsed by tar as an option and executes a program.
# ---
import os
import subprocess
import uuid

from flask import Flask, request, send_file, abort, session

app = Flask(__name__)
app.config.from_envvar("FILES_SETTINGS")
STORAGE = "/srv/files"


@app.post("/bundle")
def bundle():
    if "uid" not in session:
        abort(401)
    workspace = os.path.join(STORAGE, str(session["uid"]))
    names = request.form.getlist("name")
    if not names or any("/" in n for n in names):
        abort(400)
    archive = f"/tmp/bundle-{uuid.uuid4().hex}.tar.gz"
    subprocess.run(["tar", "-czf", archive, "-C", workspace, *names], check=True)  #@vuln
    return send_file(archive, as_attachment=True, download_name="files.tar.gz")
