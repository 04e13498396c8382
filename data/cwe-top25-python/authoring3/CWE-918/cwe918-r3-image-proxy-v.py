# ---
# id: cwe918-r3-image-proxy-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-r3-image-proxy-f
# tags: flask, httpx
# explanation: An image proxy route (used to serve third-party images over HTTPS) fetches the `src` query parameter and streams the body back. Anyone can pass an internal URL and read the response through the proxy.
# ---
import httpx
from flask import Response, abort, request


def proxy_image():
    src = request.args.get("src")
    if not src:
        abort(400)
    r = httpx.get(src, timeout=10.0)  #@vuln
    if r.status_code != 200:
        abort(502)
    return Response(r.content, mimetype=r.headers.get("content-type", "application/octet-stream"))
