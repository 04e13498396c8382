# ---
# id: cwe862-slack-deploy-command-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-slack-deploy-command-v
# tags: flask, slack, hmac
# explanation: After verifying the Slack signature, the handler now checks that the Slack user id is in the configured list of deployers and replies with an ephemeral refusal otherwise, so only approved engineers can start production deploys.
# ---
import hashlib
import hmac
import os
import time

from flask import Flask, abort, jsonify, request

from .deployer import start_deploy

app = Flask(__name__)
SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"].encode()
DEPLOYERS = set(os.environ.get("SLACK_DEPLOYERS", "").split(","))


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
    if user_id not in DEPLOYERS:
        return jsonify(response_type="ephemeral", text="You are not on the deployers list.")
    service, _, branch = request.form.get("text", "").partition(" ")
    job = start_deploy(service=service, branch=branch or "main", env="production", requested_by=user_id)
    return jsonify(response_type="in_channel", text=f"Deploy {job.id} of {service}@{branch or 'main'} started")
