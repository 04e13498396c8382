# ---
# id: cwe918-r3-image-proxy-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-r3-image-proxy-v
# tags: flask, httpx
# explanation: The proxy now only fetches https URLs on the CDN hosts it exists to mirror, and httpx does not follow redirects by default, so user-supplied `src` values cannot reach internal services.
# ---
from urllib.parse import urlsplit

import httpx
from flask import Response, abort, request

MIRRORED_HOSTS = {"images.example-cdn.net", "media.partner-cdn.com"}


def proxy_image():
    src = request.args.get("src")
    if not src:
        abort(400)
    parts = urlsplit(src)
    if parts.scheme != "https" or parts.hostname not in MIRRORED_HOSTS:
        abort(403)
    r = httpx.get(src, timeout=10.0)
    if r.status_code != 200:
        abort(502)
    return Response(r.content, mimetype=r.headers.get("content-type", "application/octet-stream"))
