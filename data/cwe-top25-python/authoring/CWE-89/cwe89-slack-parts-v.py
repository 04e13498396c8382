# ---
# id: cwe89-slack-parts-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: flask, sqlite3, slack
# explanation: A Slack slash-command handler (/parts <pattern>) searches a shared parts database by formatting the typed pattern into a LIKE clause with the % operator. The text comes from any workspace member, and a quote in it alters the SQL executed against the database.
# ---
import sqlite3

from flask import Flask, abort, request

from chatops.slack import verify_slack_signature

app = Flask(__name__)
DB_PATH = "/srv/parts/parts.sqlite"


def find_parts(pattern, limit=20):
    conn = sqlite3.connect(DB_PATH)
    like = pattern.replace("*", "%")
    sql = "SELECT part_no, name, stock FROM parts WHERE name LIKE '%s' LIMIT %d" % (like, limit)  #@vuln
    rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


@app.post("/slack/commands/parts")
def parts_command():
    if not verify_slack_signature(request):
        abort(403)
    rows = find_parts(request.form.get("text", "").strip() or "*")
    lines = [f"`{part_no}` {name} ({stock} in stock)" for part_no, name, stock in rows]
    return {"response_type": "ephemeral", "text": "\n".join(lines) or "No matching parts."}
