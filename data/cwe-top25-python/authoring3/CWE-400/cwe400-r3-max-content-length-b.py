# ---
# id: cwe400-r3-max-content-length-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: flask
# explanation: The app factory sets MAX_CONTENT_LENGTH, so Werkzeug refuses bodies over 2 MiB with 413 before the view's get_json reads them; the request body held in memory is bounded.
# ---
from flask import Flask, jsonify, request


def create_app():
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

    @app.post("/api/notes")
    def create_note():
        data = request.get_json(force=True)
        note = Note.create(title=data.get("title", ""), body=data.get("body", ""))
        return jsonify(id=note.id), 201

    return app
