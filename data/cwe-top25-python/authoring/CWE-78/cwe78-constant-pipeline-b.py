# ---
# id: cwe78-constant-pipeline-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: flask, subprocess
# explanation: A health endpoint runs shell pipelines with shell=True, which scanners flag, but every command string is a literal defined in the module and no request data is used. The shell only ever sees the fixed commands, so there is nothing for a client to influence.
# ---
import subprocess

from flask import Flask, jsonify

app = Flask(__name__)

CHECKS = {
    "root_disk": "df -P / | awk 'NR==2 {print $5}'",
    "load": "cut -d ' ' -f1 /proc/loadavg",
    "workers": "pgrep -c -f 'gunicorn: worker' || true",
}


def run_check(command: str) -> str:
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=5)
    return proc.stdout.strip() or proc.stderr.strip()


@app.get("/healthz/host")
def host_health():
    return jsonify({name: run_check(cmd) for name, cmd in CHECKS.items()})
