# ---
# id: cwe79-search-results-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-search-results-v
# tags: flask, sqlite3, markupsafe
# explanation: Same Flask catalogue search, but the query string and every database value are passed through markupsafe.escape before being placed into the hand-built HTML, so markup in `q` or product titles is rendered as text and cannot run script.
# ---
import sqlite3

from flask import Flask, g, request
from markupsafe import escape

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
    items = "".join(f"<li>{escape(sku)}: {escape(title)}</li>" for sku, title in rows)
    html = f"<h2>Results for {escape(q)}</h2><ul>{items}</ul>"
    return html
