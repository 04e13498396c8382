# ---
# id: cwe400-upload-digest-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-upload-digest-v
# tags: flask, hashlib
# explanation: The same checksum endpoint, but the app sets MAX_CONTENT_LENGTH to 16 MiB, so Werkzeug rejects larger bodies with 413 before request.get_data() buffers them. Memory per request is bounded regardless of what the client sends.
# ---
"""Checksum service for build artifacts uploaded by CI jobs."""

import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024


def digest_of(payload: bytes) -> dict:
    return {
        "sha256": hashlib.sha256(payload).hexdigest(),
        "size": len(payload),
    }


@app.route("/artifacts/checksum", methods=["POST"])
def artifact_checksum():
    payload = request.get_data()
    if not payload:
        return jsonify(error="empty body"), 400
    return jsonify(digest_of(payload))


if __name__ == "__main__":
    app.run()
