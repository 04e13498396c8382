# ---
# id: cwe79-search-results-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-search-results-f
# tags: flask, sqlite3
# explanation: A Flask catalogue search builds its result page by hand and echoes the raw `q` query parameter into the HTML heading. Anyone can send a link with `q=<script>...</script>` and the script runs in the victim's browser under the shop's origin (reflected XSS).
# ---
import sqlite3

from flask import Flask, g, request

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("catalog.db")
    return g.db


@app.route("/search")
def search():
    q = request.args.get("q", "").strip()
    rows = get_db().execute(
        "SELECT sku, title FROM products WHERE title LIKE ? LIMIT 50", (f"%{q}%",)
    ).fetchall()
    items = "".join(f"<li>{sku}: {title}</li>" for sku, title in rows)
    html = f"<h2>Results for {q}</h2><ul>{items}</ul>"  #@vuln
    return html
