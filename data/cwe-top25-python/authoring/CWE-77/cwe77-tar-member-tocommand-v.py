# ---
# id: cwe77-tar-member-tocommand-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: flask, subprocess, tar
# explanation: A backup browser restores a single member chosen by the user by running tar with an argument list. A "member" such as "--to-command=sh -c 'id > /tmp/x'" is taken by GNU tar as an option and makes it pipe every extracted file into that command.
# ---
import subprocess

from flask import Flask, abort, jsonify, request
from flask_login import login_required

app = Flask(__name__)
BACKUPS = {"daily": "/backups/daily.tar", "weekly": "/backups/weekly.tar"}
RESTORE_DIR = "/srv/restore"


@app.post("/backups/<name>/restore")
@login_required
def restore_member(name):
    archive = BACKUPS.get(name)
    if archive is None:
        abort(404)
    member = request.form["member"]
    proc = subprocess.run(
        ["tar", "-xf", archive, "-C", RESTORE_DIR, member],  #@vuln
        capture_output=True,
        text=True,
        timeout=300,
    )
    return jsonify(ok=proc.returncode == 0, message=proc.stderr.strip()[-300:])
