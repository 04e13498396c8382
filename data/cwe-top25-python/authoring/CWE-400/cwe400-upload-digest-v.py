# ---
# id: cwe400-upload-digest-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-upload-digest-f
# tags: flask, hashlib
# explanation: A Flask endpoint computes checksums of uploaded artifacts by calling request.get_data(), which buffers the whole request body in memory. The app never sets MAX_CONTENT_LENGTH, so a client can stream gigabytes and exhaust the worker's memory, taking the service down for everyone.
# ---
"""Checksum service for build artifacts uploaded by CI jobs."""

import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


def digest_of(payload: bytes) -> dict:
    return {
        "sha256": hashlib.sha256(payload).hexdigest(),
        "size": len(payload),
    }


@app.route("/artifacts/checksum", methods=["POST"])
def artifact_checksum():
    payload = request.get_data()  #@vuln
    if not payload:
        return jsonify(error="empty body"), 400
    return jsonify(digest_of(payload))


if __name__ == "__main__":
    app.run()
