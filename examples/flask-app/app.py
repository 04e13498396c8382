"""A small note-taking service used to show what `cwescan scan` reports.

README.md beside this file lists what a scanner should find here (expected.json holds the same list).
Do not deploy this application.
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
    rows = db.execute(f"SELECT id, title FROM notes WHERE title LIKE '%{term}%'").fetchall()
    return jsonify(rows)


@app.route("/notes/<int:note_id>")
def get_note(note_id):
    db = get_db()
    row = db.execute("SELECT id, title, body FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(row)


@app.route("/admin/ping")
def ping_host():
    host = request.args.get("host", "localhost")
    output = os.popen("ping -c 1 " + host).read()
    return output


@app.route("/admin/ping-safe")
def ping_host_safe():
    host = request.args.get("host", "localhost")
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True, check=False)
    return result.stdout


@app.route("/session/restore", methods=["POST"])
def restore_session():
    state = pickle.loads(request.get_data())
    return jsonify(sorted(state))


@app.route("/files/<path:name>")
def download(name):
    return send_from_directory(UPLOAD_DIR, name)


@app.route("/files/raw")
def download_raw():
    name = request.args["name"]
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:
        return fh.read()


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000)
