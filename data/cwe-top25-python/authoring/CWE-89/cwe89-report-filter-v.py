# ---
# id: cwe89-report-filter-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-report-filter-f
# tags: flask, sqlite3
# explanation: A Flask endpoint lists reports for the owner named in the query string. The owner value is pasted into the SQL text with an f-string, so a value like "x' OR '1'='1" changes the WHERE clause and returns every user's reports (or worse with stacked payloads).
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
    cur.execute(f"SELECT id, title, created FROM reports WHERE owner = '{owner}' AND status = ?", (status,))  #@vuln
    rows = [dict(r) for r in cur.fetchall()]
    return jsonify(reports=rows, count=len(rows))
