# ---
# id: cwe287-r3-webhook-optional-sig-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: flask, hmac
# explanation: GitHub-style webhook receiver. It verifies the HMAC signature only when the X-Hub-Signature-256 header is present; a request without the header skips verification and its payload is processed, so anyone can trigger deployments by omitting the header.
# ---
import hashlib
import hmac

from flask import request, abort


def github_hook():
    body = request.get_data()
    sig = request.headers.get("X-Hub-Signature-256")
    if sig:  #@vuln
        mac = hmac.new(app.config["HOOK_SECRET"], body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest("sha256=" + mac, sig):
            abort(403)
    event = request.get_json(force=True)
    enqueue_deploy(event["repository"]["full_name"], event.get("ref"))
    return "", 204
