# ---
# id: cwe918-webhook-test-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-webhook-test-f
# tags: flask, requests
# explanation: A SaaS integration page has a "send test event" button that POSTs a sample payload to the webhook URL the customer typed and shows the response. The URL is not restricted, so it can point at http://169.254.169.254/ or internal admin services, and the reply is echoed back to the customer.
# ---
import requests
from flask import Flask, request, jsonify
from flask_login import login_required, current_user

app = Flask(__name__)

SAMPLE_EVENT = {"type": "invoice.paid", "data": {"id": "inv_test", "amount": 4200, "currency": "EUR"}}


def deliver(url, payload):
    resp = requests.post(url, json=payload, timeout=5)  #@vuln
    return resp.status_code, resp.text[:2000]


@app.post("/integrations/webhooks/test")
@login_required
def test_webhook():
    url = request.form["url"].strip()
    status, body = deliver(url, {**SAMPLE_EVENT, "account": current_user.account_id})
    return jsonify(status=status, body=body)
