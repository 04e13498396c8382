# ---
# id: cwe78-ping-diag-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-ping-diag-f
# tags: flask, os
# explanation: A router admin panel offers a ping diagnostic and passes the host from the form to os.system inside an f-string. os.system runs the string through /bin/sh, so a host such as "8.8.8.8; cat /etc/shadow" runs extra commands as the web server user.
# ---
import os
import tempfile
from flask import Flask, request, render_template

app = Flask(__name__)


def run_ping(host: str, count: int = 3) -> str:
    out = tempfile.NamedTemporaryFile(prefix="ping-", suffix=".log", delete=False)
    out.close()
    os.system(f"ping -c {count} -W 2 {host} > {out.name} 2>&1")  #@vuln
    with open(out.name, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    os.unlink(out.name)
    return text


@app.route("/diagnostics/ping", methods=["GET", "POST"])
def ping_page():
    result = None
    if request.method == "POST":
        result = run_ping(request.form.get("host", "").strip())
    return render_template("diagnostics/ping.html", result=result)
