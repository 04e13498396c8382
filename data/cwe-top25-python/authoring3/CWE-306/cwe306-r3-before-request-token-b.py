# ---
# id: cwe306-r3-before-request-token-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: flask, hmac
# explanation: Blueprint for admin operations whose before_request hook requires a valid bearer token (constant-time compare against the configured one) for every route, including the reindex route below.
# ---
import hmac

from flask import Blueprint, request, abort, jsonify, current_app

ops = Blueprint("ops", __name__, url_prefix="/ops")


@ops.before_request
def require_token():
    supplied = request.headers.get("Authorization", "").removeprefix("Bearer ")
    expected = current_app.config["OPS_TOKEN"]
    if not supplied or not hmac.compare_digest(supplied, expected):
        abort(401)


@ops.post("/reindex")
def reindex():
    return jsonify(job=tasks.rebuild_index.delay("products").id)
