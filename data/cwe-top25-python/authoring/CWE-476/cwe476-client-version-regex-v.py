# ---
# id: cwe476-client-version-regex-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-client-version-regex-f
# tags: flask, re
# explanation: A sync API gates features on the client version parsed from the User-Agent header with re.match(...).group(1). re.match returns None when the header does not match (any browser, curl, or a missing header), so the handler raises AttributeError on None and every such request fails with a 500.
# ---
"""Feature flags for sync clients."""

import re

from flask import Flask, jsonify, request

app = Flask(__name__)
UA_RE = re.compile(r"^NotesSync/(\d+)\.(\d+)")


def client_version(user_agent: str) -> tuple:
    m = UA_RE.match(user_agent)
    return int(m.group(1)), int(m.group(2))  #@vuln


@app.get("/api/sync/features")
def features():
    major, minor = client_version(request.headers.get("User-Agent", ""))
    return jsonify(
        delta_sync=(major, minor) >= (3, 2),
        attachments=major >= 2,
        shared_notebooks=(major, minor) >= (4, 0),
    )
