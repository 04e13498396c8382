# ---
# id: cwe918-startswith-host-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-startswith-host-f
# tags: flask, requests
# explanation: A reporting proxy is meant to call only the partner API and checks the callback URL with startswith("https://api.partner.example"). That prefix also matches "https://api.partner.example.attacker.net/" and "https://api.partner.example@10.0.0.5/", so the server can be steered to any host.
# ---
import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PARTNER_BASE = "https://api.partner.example"


def fetch_partner_resource(url):
    if not url.startswith(PARTNER_BASE):
        abort(400)
    return requests.get(url, timeout=6, headers={"Accept": "application/json"})  #@vuln


@app.get("/partner/resource")
def partner_resource():
    resp = fetch_partner_resource(request.args["href"])
    if resp.status_code >= 400:
        return jsonify(error="partner error", status=resp.status_code), 502
    return jsonify(resp.json())
