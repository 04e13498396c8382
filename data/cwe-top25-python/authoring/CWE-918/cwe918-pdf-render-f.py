# ---
# id: cwe918-pdf-render-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-pdf-render-v
# tags: flask, urllib, weasyprint, ipaddress
# explanation: The PDF feature (which already bars WeasyPrint from loading sub-resources) now accepts only http(s) URLs, resolves the host and refuses any non-global address (loopback, private, link-local such as the metadata service), and fetches the resolved host without redirects via a handler that raises on 3xx. file:// and internal targets are rejected.
# ---
import io
import ipaddress
import socket
import urllib.request
from urllib.parse import urlsplit

from flask import Flask, request, send_file, abort
from weasyprint import HTML

app = Flask(__name__)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


opener = urllib.request.build_opener(NoRedirect)


def fetch_html(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        abort(400)
    for info in socket.getaddrinfo(parts.hostname, None):
        if not ipaddress.ip_address(info[4][0]).is_global:
            abort(400)
    req = urllib.request.Request(url, headers={"User-Agent": "pdfbot/2.1"})
    with opener.open(req, timeout=10) as resp:
        charset = resp.headers.get_content_charset() or "utf-8"
        return resp.read(5_000_000).decode(charset, errors="replace")


def no_subresources(url):
    raise ValueError(f"external resource not loaded: {url}")


@app.post("/pdf")
def to_pdf():
    url = request.form["url"]
    pdf = HTML(string=fetch_html(url), url_fetcher=no_subresources).write_pdf()
    return send_file(io.BytesIO(pdf), mimetype="application/pdf", download_name="page.pdf")
