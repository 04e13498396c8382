# ---
# id: cwe502-shelve-restore-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-shelve-restore-f
# tags: shelve, flask
# explanation: A bookmarks app restores a user's backup by saving the uploaded file and opening it with shelve. Every value read from a shelf is unpickled, so a backup file crafted by the user executes code when its entries are iterated.
# ---
import os
import shelve
import tempfile

from flask import Flask, request, jsonify, session

app = Flask(__name__)
app.config.from_prefixed_env()


@app.post("/bookmarks/restore")
def restore_bookmarks():
    upload = request.files["backup"]
    tmpdir = tempfile.mkdtemp()
    path = os.path.join(tmpdir, "backup")
    upload.save(path + ".db")
    restored = []
    with shelve.open(path, flag="r") as shelf:
        for key in shelf.keys():
            entry = shelf[key]  #@vuln
            restored.append({"title": key, "url": entry["url"], "owner": session.get("uid")})
    return jsonify(count=len(restored), items=restored)
