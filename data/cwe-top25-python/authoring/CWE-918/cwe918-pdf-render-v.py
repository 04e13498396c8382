# ---
# id: cwe918-pdf-render-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-pdf-render-f
# tags: flask, urllib, weasyprint
# explanation: A "save page as PDF" feature (WeasyPrint sub-resource loading is disabled) downloads the submitted URL with urllib.request.urlopen and renders it. urlopen accepts file:// and any host, so users can render /etc/passwd or internal dashboards into a PDF they download.
# ---
import io
import urllib.request

from flask import Flask, request, send_file
from weasyprint import HTML

app = Flask(__name__)


def fetch_html(url: str) -> str:
    req = urllib.request.Request(url, headers={"User-Agent": "pdfbot/2.1"})
    with urllib.request.urlopen(req, timeout=10) as resp:  #@vuln
        charset = resp.headers.get_content_charset() or "utf-8"
        return resp.read(5_000_000).decode(charset, errors="replace")


def no_subresources(url):
    raise ValueError(f"external resource not loaded: {url}")


@app.post("/pdf")
def to_pdf():
    url = request.form["url"]
    pdf = HTML(string=fetch_html(url), url_fetcher=no_subresources).write_pdf()
    return send_file(io.BytesIO(pdf), mimetype="application/pdf", download_name="page.pdf")
