# ---
# id: cwe78-paramiko-df-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-paramiko-df-v
# tags: paramiko, flask, shlex
# explanation: The mount point is now passed through shlex.quote (after "--") before it is appended to the remote command, so the remote shell receives it as one literal word and cannot run additional commands.
# ---
import shlex

import paramiko
from flask import Flask, jsonify, request

app = Flask(__name__)
KEY_FILE = "/etc/fleet/id_ed25519"


def remote_df(host, mount):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="fleet", key_filename=KEY_FILE, timeout=10)
    try:
        _, stdout, _ = client.exec_command("df -h -- " + shlex.quote(mount))
        lines = stdout.read().decode().splitlines()
    finally:
        client.close()
    return lines[1].split() if len(lines) > 1 else []


@app.get("/hosts/<host>/disk")
def disk(host):
    fields = remote_df(host, request.args.get("mount", "/"))
    keys = ["filesystem", "size", "used", "avail", "use", "mounted_on"]
    return jsonify(dict(zip(keys, fields)))
