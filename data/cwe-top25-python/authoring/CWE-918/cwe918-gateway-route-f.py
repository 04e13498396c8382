# ---
# id: cwe918-gateway-route-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-gateway-route-v
# tags: flask, requests, microservices
# explanation: The gateway now maps the first path segment through a fixed table of routable services and answers 404 for anything else, so clients can only reach the three published backends, never arbitrary internal hosts or IPs.
# ---
import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
SERVICES = {"orders": "orders-svc", "catalog": "catalog-svc", "accounts": "accounts-svc"}
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "upgrade", "host"}


def upstream_url(service: str, path: str) -> str:
    if service not in SERVICES:
        abort(404)
    return f"http://{SERVICES[service]}:8000/{path}"


@app.route("/api/<service>/<path:path>", methods=["GET", "POST", "PUT", "DELETE"])
def forward(service, path):
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_HEADERS}
    upstream = requests.request(
        request.method,
        upstream_url(service, path),
        params=request.args,
        data=request.get_data(),
        headers=headers,
        timeout=15,
    )
    out_headers = [(k, v) for k, v in upstream.headers.items() if k.lower() not in HOP_HEADERS]
    return Response(upstream.content, status=upstream.status_code, headers=out_headers)
