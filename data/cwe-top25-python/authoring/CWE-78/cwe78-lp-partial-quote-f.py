# ---
# id: cwe78-lp-partial-quote-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-lp-partial-quote-v
# tags: flask, subprocess, shlex
# explanation: Both the printer name and the document path are now passed through shlex.quote before the command string is run with shell=True, so each becomes a single quoted shell word. No form value can add shell syntax.
# ---
import shlex
import subprocess

from flask import Flask, request, abort

app = Flask(__name__)
SPOOL = "/srv/print/spool"


def submit_job(printer, document, copies):
    command = "lp -d %s -n %d %s" % (shlex.quote(printer), copies, shlex.quote(f"{SPOOL}/{document}"))
    return subprocess.run(command, shell=True, capture_output=True, text=True)


@app.post("/print")
def print_document():
    printer = request.form.get("printer", "office-2f")
    document = request.form["document"]
    copies = int(request.form.get("copies", 1))
    if not 1 <= copies <= 20:
        abort(400)
    result = submit_job(printer, document, copies)
    return {"queued": result.returncode == 0, "message": result.stdout.strip()}
