# ---
# id: cwe918-urljoin-absolute-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: flask, requests, urllib
# explanation: A documentation proxy fetches pages from the internal docs server with urljoin(DOCS_BASE, path). urljoin replaces the whole base when the path is an absolute URL or starts with "//", so "?page=//169.254.169.254/latest/meta-data/" makes the server fetch any host.
# ---
from urllib.parse import urljoin

import requests
from flask import Flask, Response, request

app = Flask(__name__)
DOCS_BASE = "http://docs.internal:8000/"


@app.get("/docs")
def docs_page():
    page = request.args.get("page", "index.html")
    upstream = requests.get(urljoin(DOCS_BASE, page), timeout=5)  #@vuln
    return Response(upstream.content, status=upstream.status_code, content_type=upstream.headers.get("Content-Type"))
