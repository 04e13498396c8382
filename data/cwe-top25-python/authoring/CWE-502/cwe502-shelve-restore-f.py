# ---
# id: cwe502-shelve-restore-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-shelve-restore-v
# tags: json, flask
# explanation: Backups are now JSON documents parsed with json.load straight from the upload stream instead of shelve files whose values are pickles, so restoring a user-supplied backup only ever produces plain data.
# ---
import json

from flask import Flask, request, jsonify, session

app = Flask(__name__)
app.config.from_prefixed_env()


@app.post("/bookmarks/restore")
def restore_bookmarks():
    upload = request.files["backup"]
    backup = json.load(upload.stream)
    restored = []
    for key, entry in backup.items():
        restored.append({"title": str(key), "url": str(entry["url"]), "owner": session.get("uid")})
    return jsonify(count=len(restored), items=restored)
