# ---
# id: cwe79-note-safe-filter-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-note-safe-filter-v
# tags: flask, sqlite3, markupsafe
# explanation: Each note body is escaped with markupsafe.escape first and only then are newlines turned into <br> tags, so the string that reaches the `|safe` filter contains only escaped member text plus literal line breaks.
# ---
import os
import sqlite3

from flask import Flask, abort, render_template_string, session
from markupsafe import escape

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
    return [{"title": r["title"], "html_body": str(escape(r["body"])).replace("\n", "<br>")} for r in rows]


@app.route("/boards/<int:board_id>")
def board(board_id):
    if board_id not in session.get("boards", []):
        abort(403)
    return render_template_string(NOTE_PAGE, board=f"Board {board_id}", notes=load_notes(board_id))
