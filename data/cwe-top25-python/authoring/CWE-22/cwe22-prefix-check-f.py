# ---
# id: cwe22-prefix-check-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-prefix-check-v
# tags: flask, os
# explanation: The containment test now uses os.path.commonpath against the report directory instead of a bare string prefix, so sibling directories such as /data/reports-archive no longer pass. Only paths inside /data/reports are opened.
# ---
import os

from flask import Flask, abort, request, Response

app = Flask(__name__)
REPORTS_DIR = "/data/reports"


def resolve_report(name):
    path = os.path.realpath(os.path.join(REPORTS_DIR, name))
    if os.path.commonpath([path, REPORTS_DIR]) != REPORTS_DIR:
        abort(403)
    return path


@app.get("/reports/view")
def view_report():
    path = resolve_report(request.args.get("name", ""))
    try:
        with open(path, encoding="utf-8") as fh:
            body = fh.read()
    except FileNotFoundError:
        abort(404)
    return Response(body, mimetype="text/csv")
