# ---
# id: cwe306-r3-health-endpoint-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: flask
# explanation: Public health and version endpoints of a service. They only report liveness and the build id, which is not a critical function, so having no authentication is by design.
# ---
from flask import jsonify


@app.route("/healthz")
def healthz():
    ok = db.engine.dialect is not None
    return jsonify(status="ok" if ok else "degraded"), (200 if ok else 503)


@app.route("/version")
def version():
    return jsonify(build=app.config.get("BUILD_ID", "dev"))
