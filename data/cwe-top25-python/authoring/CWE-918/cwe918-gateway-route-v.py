# ---
# id: cwe918-gateway-route-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-gateway-route-f
# tags: flask, requests, microservices
# explanation: A small API gateway forwards /api/<service>/<path> to http://<service>:8000/<path> inside the cluster. The service name is taken from the URL unchecked, so a client can name any internal hostname or IP (databases' HTTP ports, the orchestrator API, 169.254.169.254) and receive the response.
# ---
import requests
from flask import Flask, Response, request

app = Flask(__name__)
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "upgrade", "host"}


def upstream_url(service: str, path: str) -> str:
    return f"http://{service}:8000/{path}"


@app.route("/api/<service>/<path:path>", methods=["GET", "POST", "PUT", "DELETE"])
def forward(service, path):
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_HEADERS}
    upstream = requests.request(  #@vuln
        request.method,
        upstream_url(service, path),  #@vuln
        params=request.args,
        data=request.get_data(),
        headers=headers,
        timeout=15,
    )
    out_headers = [(k, v) for k, v in upstream.headers.items() if k.lower() not in HOP_HEADERS]
    return Response(upstream.content, status=upstream.status_code, headers=out_headers)
