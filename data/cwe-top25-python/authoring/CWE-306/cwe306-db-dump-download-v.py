# ---
# id: cwe306-db-dump-download-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: flask, sqlite3
# explanation: A small Flask inventory app offers /backup, which streams a full copy of its SQLite database, including the users table with password hashes and customer data. The route has no authentication, unlike the rest of the app, so anyone can download the whole database.
# ---
import io
import sqlite3

from flask import Flask, send_file, session, abort, render_template

app = Flask(__name__)
app.config.from_envvar("INVENTORY_SETTINGS")
DB_PATH = "/srv/inventory/inventory.db"


@app.get("/items")
def items():
    if "user_id" not in session:
        abort(401)
    with sqlite3.connect(DB_PATH) as con:
        rows = con.execute("SELECT sku, name, qty FROM items ORDER BY name").fetchall()
    return render_template("items.html", rows=rows)


@app.get("/backup")
def backup():  #@vuln
    src = sqlite3.connect(DB_PATH)
    dst = sqlite3.connect(":memory:")
    src.backup(dst)
    buf = io.BytesIO("\n".join(dst.iterdump()).encode("utf-8"))
    src.close()
    dst.close()
    return send_file(buf, mimetype="application/sql", as_attachment=True, download_name="inventory.sql")
