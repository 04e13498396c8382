# ---
# id: cwe862-slack-deploy-command-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-slack-deploy-command-f
# tags: flask, slack, hmac
# explanation: A Slack slash-command handler verifies Slack's request signature (so the caller really is a workspace member) and then starts a production deploy for whoever typed /deploy. Nothing checks that the Slack user is allowed to deploy, so any workspace member, including guests, can ship arbitrary branches to production.
# ---
import hashlib
import hmac
import os
import time

from flask import Flask, abort, jsonify, request

from .deployer import start_deploy

app = Flask(__name__)
SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"].encode()


def verify_slack(req) -> None:
    ts = req.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        abort(401)
    base = f"v0:{ts}:{req.get_data(as_text=True)}".encode()
    expected = "v0=" + hmac.new(SIGNING_SECRET, base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, req.headers.get("X-Slack-Signature", "")):
        abort(401)


@app.post("/slack/deploy")
def deploy_command():
    verify_slack(request)
    user_id = request.form["user_id"]
    service, _, branch = request.form.get("text", "").partition(" ")
    job = start_deploy(service=service, branch=branch or "main", env="production", requested_by=user_id)  #@vuln
    return jsonify(response_type="in_channel", text=f"Deploy {job.id} of {service}@{branch or 'main'} started")
