# ---
# id: cwe400-r3-ingest-body-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-r3-ingest-body-v
# tags: flask, json
# explanation: The endpoint now reads at most one byte more than a 1 MiB limit and rejects anything larger with 413, so the memory used per request is bounded no matter what the client sends.
# ---
import json

from flask import request, abort

MAX_BODY = 1 << 20


def ingest_metrics():
    raw = request.stream.read(MAX_BODY + 1)
    if len(raw) > MAX_BODY:
        abort(413)
    try:
        points = json.loads(raw)
    except ValueError:
        abort(400)
    store_points(request.headers.get("X-Agent-Id", "anon"), points)
    return "", 204
