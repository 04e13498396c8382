# ---
# id: cwe77-tar-checkpoint-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-tar-checkpoint-v
# tags: flask, subprocess, tar
# explanation: The file names are now placed after "--", which ends tar's option parsing. Names beginning with "-" can only ever be archived as files, not interpreted as options.
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
    subprocess.run(["tar", "-czf", archive, "-C", workspace, "--", *names], check=True)
    return send_file(archive, as_attachment=True, download_name="files.tar.gz")
