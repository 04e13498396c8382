# ---
# id: cwe200-traceback-response-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-traceback-response-v
# tags: flask, traceback, uuid
# explanation: The error handler now logs the full traceback server-side under a random incident id and returns only a generic message with that id. Clients no longer see stack traces, paths or exception text.
# ---
import logging
import uuid

from flask import Flask, jsonify

from orders.api import bp as orders_bp

app = Flask(__name__)
app.register_blueprint(orders_bp, url_prefix="/api/orders")
log = logging.getLogger("orders")


@app.errorhandler(Exception)
def handle_error(exc):
    incident = uuid.uuid4().hex[:12]
    log.exception("unhandled error, incident %s", incident)
    return jsonify(error="internal error", incident=incident), 500


@app.get("/api/ping")
def ping():
    return jsonify(ok=True)
