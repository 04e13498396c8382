# ---
# id: cwe22-listdir-choice-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: flask, os
# explanation: A log viewer opens os.path.join(LOG_DIR, name) with a name from the query string, but it first checks that the name is one of the entries returned by os.listdir for that directory. Names containing separators or ".." are never in that listing, so only files directly in LOG_DIR can be opened.
# ---
import os
from collections import deque

from flask import Flask, abort, jsonify, request
from flask_login import login_required

app = Flask(__name__)
LOG_DIR = "/var/log/myapp"


def available_logs():
    return {n for n in os.listdir(LOG_DIR) if n.endswith(".log")}


@app.get("/logs")
@login_required
def tail_log():
    name = request.args.get("name", "app.log")
    if name not in available_logs():
        abort(404)
    with open(os.path.join(LOG_DIR, name), encoding="utf-8", errors="replace") as fh:
        last = deque(fh, maxlen=min(request.args.get("lines", 200, type=int), 5000))
    return jsonify(name=name, lines=list(last))
