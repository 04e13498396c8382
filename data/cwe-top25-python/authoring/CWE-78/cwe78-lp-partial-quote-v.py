# ---
# id: cwe78-lp-partial-quote-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-lp-partial-quote-f
# tags: flask, subprocess, shlex
# explanation: A print-queue endpoint quotes the document path with shlex.quote but not the printer name, which also comes from the form, before running lp with shell=True. The unquoted printer field lets a user append shell commands.
# ---
import shlex
import subprocess

from flask import Flask, request, abort

app = Flask(__name__)
SPOOL = "/srv/print/spool"


def submit_job(printer, document, copies):
    command = "lp -d %s -n %d %s" % (printer, copies, shlex.quote(f"{SPOOL}/{document}"))
    return subprocess.run(command, shell=True, capture_output=True, text=True)  #@vuln


@app.post("/print")
def print_document():
    printer = request.form.get("printer", "office-2f")
    document = request.form["document"]
    copies = int(request.form.get("copies", 1))
    if not 1 <= copies <= 20:
        abort(400)
    result = submit_job(printer, document, copies)
    return {"queued": result.returncode == 0, "message": result.stdout.strip()}
