# ---
# id: cwe200-env-dump-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: flask, os
# explanation: A diagnostics endpoint left in a production service returns the process environment as JSON next to version information. The environment holds database URLs with passwords, cloud keys and signing secrets, and the route requires no special role.
# ---
import os
import platform
import sys

from flask import Blueprint, jsonify

bp = Blueprint("diag", __name__)
STARTED_FROM = os.getcwd()


@bp.get("/_diag")
def diagnostics():
    return jsonify(
        python=sys.version,
        platform=platform.platform(),
        cwd=STARTED_FROM,
        pid=os.getpid(),
        environment=dict(os.environ),  #@vuln
    )
