# ---
# id: cwe352-github-hook-flask-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: flask, flask-wtf, hmac
# explanation: A CI service exempts its GitHub push hook from Flask-WTF's CSRF check. The hook does not rely on any cookie: it recomputes the HMAC-SHA256 of the raw body with the shared secret and compares it to X-Hub-Signature-256 with hmac.compare_digest, so a browser-forged request is rejected.
# ---
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

from .extensions import csrf
from .pipeline import enqueue_build

hooks = Blueprint("hooks", __name__)
HOOK_SECRET = os.environ["GITHUB_HOOK_SECRET"].encode()


def signature_ok(body: bytes, header: str) -> bool:
    expected = "sha256=" + hmac.new(HOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


@hooks.post("/hooks/github")
@csrf.exempt
def github_push():
    if not signature_ok(request.get_data(), request.headers.get("X-Hub-Signature-256")):
        abort(401)
    if request.headers.get("X-GitHub-Event") != "push":
        return "", 204
    payload = request.get_json()
    enqueue_build(repo=payload["repository"]["full_name"], ref=payload["ref"], sha=payload["after"])
    return "", 202
