# ---
# id: cwe306-r3-reindex-hook-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-r3-reindex-hook-v
# tags: flask, hmac
# explanation: The rebuild endpoint now requires the operations token in the Authorization header, compared in constant time, before anything is dropped.
# ---
import hmac

from flask import jsonify, request, abort


@app.route("/internal/reindex", methods=["POST"])
def reindex():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not token or not hmac.compare_digest(token, app.config["OPS_TOKEN"]):
        abort(401)
    dropped = search.drop_index("products")
    job = tasks.rebuild_index.delay("products")
    return jsonify(dropped=dropped, job=job.id)
