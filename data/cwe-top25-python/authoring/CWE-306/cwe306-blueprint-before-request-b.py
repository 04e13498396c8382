# ---
# id: cwe306-blueprint-before-request-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: flask, flask-login
# explanation: None of the ops routes carry a decorator, which looks alarming, but the blueprint registers a before_request hook that rejects any request from a user who is not logged in or not an operator. Flask runs it before every view in the blueprint, so the cache flush and queue purge are authenticated.
# ---
from flask import Blueprint, abort, jsonify
from flask_login import current_user

from .cache import flush_all
from .queues import purge_queue

ops = Blueprint("ops", __name__, url_prefix="/ops")


@ops.before_request
def operators_only():
    if not current_user.is_authenticated:
        abort(401)
    if not current_user.has_role("operator"):
        abort(403)


@ops.post("/cache/flush")
def flush_cache():
    removed = flush_all()
    return jsonify(removed=removed)


@ops.post("/queues/<name>/purge")
def purge(name):
    if name not in {"emails", "thumbnails", "exports"}:
        abort(404)
    return jsonify(purged=purge_queue(name))
