# ---
# id: cwe306-r3-reindex-hook-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-r3-reindex-hook-f
# tags: flask
# explanation: Internal endpoint that drops and rebuilds the search index. The route is reachable on the public app and performs the destructive rebuild for any caller; nothing identifies or authenticates who asked.
# ---
from flask import jsonify


@app.route("/internal/reindex", methods=["POST"])
def reindex():
    dropped = search.drop_index("products")  #@vuln
    job = tasks.rebuild_index.delay("products")
    return jsonify(dropped=dropped, job=job.id)
