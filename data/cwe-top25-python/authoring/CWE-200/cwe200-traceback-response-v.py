# ---
# id: cwe200-traceback-response-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-traceback-response-f
# tags: flask, traceback
# explanation: A Flask API's catch-all error handler returns traceback.format_exc() in the JSON body. Any client that triggers an error learns file paths, library versions, code lines and often local values such as SQL text or connection details.
# ---
import logging
import traceback

from flask import Flask, jsonify

from orders.api import bp as orders_bp

app = Flask(__name__)
app.register_blueprint(orders_bp, url_prefix="/api/orders")
log = logging.getLogger("orders")


@app.errorhandler(Exception)
def handle_error(exc):
    log.error("unhandled error: %s", exc)
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500  #@vuln


@app.get("/api/ping")
def ping():
    return jsonify(ok=True)
