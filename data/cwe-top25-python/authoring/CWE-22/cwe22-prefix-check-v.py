# ---
# id: cwe22-prefix-check-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-prefix-check-f
# tags: flask, os
# explanation: The report viewer resolves the path and checks it with startswith(REPORTS_DIR), but the prefix has no trailing separator. A request for "../reports-archive/other-tenant.csv" resolves to /data/reports-archive/..., which still starts with "/data/reports", so sibling directories are readable.
# ---
import os

from flask import Flask, abort, request, Response

app = Flask(__name__)
REPORTS_DIR = "/data/reports"


def resolve_report(name):
    path = os.path.realpath(os.path.join(REPORTS_DIR, name))
    if not path.startswith(REPORTS_DIR):  #@vuln
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
