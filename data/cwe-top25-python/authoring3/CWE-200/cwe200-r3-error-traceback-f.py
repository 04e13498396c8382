# ---
# id: cwe200-r3-error-traceback-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-r3-error-traceback-v
# tags: flask
# explanation: The handler still logs the full traceback on the server but returns only a generic message and a request id to the client.
# ---
import traceback
import uuid

from flask import jsonify


@app.errorhandler(Exception)
def handle_error(exc):
    ref = uuid.uuid4().hex[:12]
    app.logger.error("unhandled error %s\n%s", ref, traceback.format_exc())
    return jsonify(
        error="internal error",
        ref=ref,
    ), 500
