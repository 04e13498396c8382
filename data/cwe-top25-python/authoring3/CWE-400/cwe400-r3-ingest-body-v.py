# ---
# id: cwe400-r3-ingest-body-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-r3-ingest-body-f
# tags: flask, json
# explanation: The metrics ingest endpoint reads the whole request stream into memory before parsing it, and the app sets no MAX_CONTENT_LENGTH. A client can stream gigabytes (or a chunked body with no length) and exhaust the worker's memory.
# ---
import json

from flask import request, abort


def ingest_metrics():
    raw = request.stream.read()  #@vuln
    try:
        points = json.loads(raw)
    except ValueError:
        abort(400)
    store_points(request.headers.get("X-Agent-Id", "anon"), points)
    return "", 204
