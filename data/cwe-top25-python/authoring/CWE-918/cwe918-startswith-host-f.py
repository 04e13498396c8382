# ---
# id: cwe918-startswith-host-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-startswith-host-v
# tags: flask, requests
# explanation: The check now parses the URL and compares scheme, exact hostname and port with the partner API, rejecting userinfo tricks and look-alike domains; redirects are not followed. Only the partner host can be contacted.
# ---
from urllib.parse import urlsplit

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PARTNER_HOST = "api.partner.example"


def fetch_partner_resource(url):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname != PARTNER_HOST or parts.port not in (None, 443) or parts.username:
        abort(400)
    return requests.get(url, timeout=6, headers={"Accept": "application/json"}, allow_redirects=False)


@app.get("/partner/resource")
def partner_resource():
    resp = fetch_partner_resource(request.args["href"])
    if resp.status_code >= 400:
        return jsonify(error="partner error", status=resp.status_code), 502
    return jsonify(resp.json())
