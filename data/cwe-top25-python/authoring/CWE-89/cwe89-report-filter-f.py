# ---
# id: cwe89-report-filter-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-report-filter-v
# tags: flask, sqlite3
# explanation: The same Flask report listing, but the owner is now passed as a bound parameter next to the status. sqlite3 sends the value separately from the SQL text, so quotes in the owner cannot alter the query.
# ---
import sqlite3
from flask import Flask, request, jsonify, g

app = Flask(__name__)
DB_PATH = "/var/lib/reports/reports.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/reports")
def list_reports():
    owner = request.args.get("owner", "")
    status = request.args.get("status", "open")
    cur = get_db().cursor()
    cur.execute("SELECT id, title, created FROM reports WHERE owner = ? AND status = ?", (owner, status))
    rows = [dict(r) for r in cur.fetchall()]
    return jsonify(reports=rows, count=len(rows))
