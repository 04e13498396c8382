# ---
# id: cwe918-webhook-test-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-webhook-test-v
# tags: flask, requests, ipaddress
# explanation: Before delivering the test event, the code now requires an https URL, resolves the host and rejects it if any address is private, loopback, link-local or reserved, and disables redirects. Customers can only reach public endpoints; internal services and the metadata address are refused.
# ---
import ipaddress
import socket
from urllib.parse import urlsplit

import requests
from flask import Flask, request, jsonify, abort
from flask_login import login_required, current_user

app = Flask(__name__)

SAMPLE_EVENT = {"type": "invoice.paid", "data": {"id": "inv_test", "amount": 4200, "currency": "EUR"}}


def public_https_url(url):
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


def deliver(url, payload):
    if not public_https_url(url):
        abort(400, "webhook URL must be a public https endpoint")
    resp = requests.post(url, json=payload, timeout=5, allow_redirects=False)
    return resp.status_code, resp.text[:2000]


@app.post("/integrations/webhooks/test")
@login_required
def test_webhook():
    url = request.form["url"].strip()
    status, body = deliver(url, {**SAMPLE_EVENT, "account": current_user.account_id})
    return jsonify(status=status, body=body)
