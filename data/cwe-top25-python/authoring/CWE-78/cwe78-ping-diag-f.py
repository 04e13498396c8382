# ---
# id: cwe78-ping-diag-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-ping-diag-v
# tags: flask, subprocess, ipaddress
# explanation: The ping diagnostic now requires the host to parse as an IP address and runs ping through subprocess.run with an argument list and no shell, capturing the output directly. No shell parses the value and it cannot start with an option dash, so it can only be a ping target.
# ---
import ipaddress
import subprocess
from flask import Flask, request, render_template

app = Flask(__name__)


def run_ping(host: str, count: int = 3) -> str:
    try:
        target = str(ipaddress.ip_address(host))
    except ValueError:
        return "not an IP address"
    proc = subprocess.run(
        ["ping", "-c", str(count), "-W", "2", target], capture_output=True, text=True, timeout=15
    )
    return proc.stdout + proc.stderr


@app.route("/diagnostics/ping", methods=["GET", "POST"])
def ping_page():
    result = None
    if request.method == "POST":
        result = run_ping(request.form.get("host", "").strip())
    return render_template("diagnostics/ping.html", result=result)
