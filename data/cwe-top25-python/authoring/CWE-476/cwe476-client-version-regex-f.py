# ---
# id: cwe476-client-version-regex-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-client-version-regex-v
# tags: flask, re
# explanation: client_version() now returns (0, 0) when the User-Agent does not match, so non-app clients get the basic feature set instead of an AttributeError on None.
# ---
"""Feature flags for sync clients."""

import re

from flask import Flask, jsonify, request

app = Flask(__name__)
UA_RE = re.compile(r"^NotesSync/(\d+)\.(\d+)")


def client_version(user_agent: str) -> tuple:
    m = UA_RE.match(user_agent)
    if m is None:
        return 0, 0
    return int(m.group(1)), int(m.group(2))


@app.get("/api/sync/features")
def features():
    major, minor = client_version(request.headers.get("User-Agent", ""))
    return jsonify(
        delta_sync=(major, minor) >= (3, 2),
        attachments=major >= 2,
        shared_notebooks=(major, minor) >= (4, 0),
    )
