# ---
# id: cwe79-note-safe-filter-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-note-safe-filter-f
# tags: flask, sqlite3
# explanation: A shared-notes page renders each note's text with the `|safe` filter so that line breaks inserted as <br> show up. Notes are written by any member of the workspace, so the filter lets one member store script that runs in every other member's browser.
# ---
import os
import sqlite3

from flask import Flask, abort, render_template_string, session

app = Flask(__name__)
app.secret_key = os.environ["NOTES_SECRET"]

NOTE_PAGE = """
<h1>{{ board }}</h1>
{% for n in notes %}
  <article><h3>{{ n.title }}</h3><div>{{ n.html_body|safe }}</div></article>
{% endfor %}
"""


def load_notes(board_id):
    con = sqlite3.connect("notes.db")
    con.row_factory = sqlite3.Row
    rows = con.execute("SELECT title, body FROM notes WHERE board_id = ?", (board_id,)).fetchall()
    return [{"title": r["title"], "html_body": r["body"].replace("\n", "<br>")} for r in rows]  #@vuln


@app.route("/boards/<int:board_id>")
def board(board_id):
    if board_id not in session.get("boards", []):
        abort(403)
    return render_template_string(NOTE_PAGE, board=f"Board {board_id}", notes=load_notes(board_id))  #@vuln
