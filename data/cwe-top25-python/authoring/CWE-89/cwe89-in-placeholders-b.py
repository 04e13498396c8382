# ---
# id: cwe89-in-placeholders-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: flask, sqlite3
# explanation: A bulk lookup endpoint builds its SQL with an f-string, but the only thing interpolated is a run of "?" placeholders whose length matches the id list; the ids themselves are passed as parameters. Nothing the client sends becomes SQL text.
# ---
import sqlite3
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
MAX_IDS = 200


@app.post("/api/contacts/lookup")
def lookup_contacts():
    ids = request.get_json(silent=True) or {}
    wanted = ids.get("ids", [])
    if not isinstance(wanted, list) or not wanted or len(wanted) > MAX_IDS:
        abort(400)
    marks = ",".join("?" * len(wanted))
    with sqlite3.connect("crm.db") as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            f"SELECT id, full_name, company, phone FROM contacts WHERE id IN ({marks})",
            [str(v) for v in wanted],
        ).fetchall()
    return jsonify([dict(r) for r in rows])
