"""A small note-taking service with a few real weaknesses, each next to a safe look-alike.

Lines marked `# weakness:` are what a scanner should report; lines marked `# safe:` are the fixed versions it
should stay quiet about. Do not deploy this application.
"""
import os
import pickle
import sqlite3
import subprocess

from flask import Flask, abort, jsonify, request, send_from_directory

from config import load_settings

app = Flask(__name__)
settings = load_settings()
UPLOAD_DIR = os.path.join(os.path.dirname(__file__), "uploads")


def get_db():
    return sqlite3.connect(settings["database"])


@app.route("/notes/search")
def search_notes():
    term = request.args.get("q", "")
    db = get_db()
    rows = db.execute(f"SELECT id, title FROM notes WHERE title LIKE '%{term}%'").fetchall()  # weakness: CWE-89
    return jsonify(rows)


@app.route("/notes/<int:note_id>")
def get_note(note_id):
    db = get_db()
    row = db.execute("SELECT id, title, body FROM notes WHERE id = ?", (note_id,)).fetchone()  # safe: CWE-89
    if row is None:
        abort(404)
    return jsonify(row)


@app.route("/admin/ping")
def ping_host():
    host = request.args.get("host", "localhost")
    output = os.popen("ping -c 1 " + host).read()  # weakness: CWE-78
    return output


@app.route("/admin/ping-safe")
def ping_host_safe():
    host = request.args.get("host", "localhost")
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True, check=False)  # safe: CWE-78
    return result.stdout


@app.route("/session/restore", methods=["POST"])
def restore_session():
    state = pickle.loads(request.get_data())  # weakness: CWE-502
    return jsonify(sorted(state))


@app.route("/files/<path:name>")
def download(name):
    return send_from_directory(UPLOAD_DIR, name)  # safe: CWE-22


@app.route("/files/raw")
def download_raw():
    name = request.args["name"]
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:  # weakness: CWE-22
        return fh.read()


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000)
