# ---
# id: cwe78-paramiko-df-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-paramiko-df-f
# tags: paramiko, flask
# explanation: A fleet dashboard reports disk usage on a managed host by running "df -h <mount>" over SSH with paramiko's exec_command. exec_command runs the string through the remote user's shell, and the mount point comes from the request, so "/; shutdown -h now" runs on the remote machine.
# ---
import paramiko
from flask import Flask, jsonify, request

app = Flask(__name__)
KEY_FILE = "/etc/fleet/id_ed25519"


def remote_df(host, mount):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="fleet", key_filename=KEY_FILE, timeout=10)
    try:
        _, stdout, _ = client.exec_command("df -h " + mount)  #@vuln
        lines = stdout.read().decode().splitlines()
    finally:
        client.close()
    return lines[1].split() if len(lines) > 1 else []


@app.get("/hosts/<host>/disk")
def disk(host):
    fields = remote_df(host, request.args.get("mount", "/"))
    keys = ["filesystem", "size", "used", "avail", "use", "mounted_on"]
    return jsonify(dict(zip(keys, fields)))
