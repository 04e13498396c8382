# ---
# id: cwe200-r3-error-traceback-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-r3-error-traceback-f
# tags: flask
# explanation: Application-wide error handler. It sends the full Python traceback to the client, which reveals file paths, library versions, SQL statements and sometimes values of local data to anyone who can trigger an error.
# ---
import traceback

from flask import jsonify


@app.errorhandler(Exception)
def handle_error(exc):
    app.logger.exception("unhandled error")
    return jsonify(
        error=type(exc).__name__,
        detail=traceback.format_exc(),  #@vuln
    ), 500
