# ---
# id: cwe918-oembed-allowlist-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: flask, requests
# explanation: An embed resolver accepts any URL from the editor but never fetches it directly: it picks the oEmbed endpoint from a fixed table keyed by the URL's exact hostname and passes the URL to that provider as a query parameter. The server only ever contacts the listed providers.
# ---
from urllib.parse import urlsplit

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PROVIDERS = {
    "www.youtube.com": "https://www.youtube.com/oembed",
    "youtu.be": "https://www.youtube.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
    "twitter.com": "https://publish.twitter.com/oembed",
}


@app.get("/embed")
def embed():
    link = request.args.get("url", "")
    endpoint = PROVIDERS.get((urlsplit(link).hostname or "").lower())
    if endpoint is None:
        return jsonify(html=None, reason="no embed provider for this site")
    resp = requests.get(endpoint, params={"url": link, "format": "json"}, timeout=5)
    if resp.status_code != 200:
        return jsonify(html=None, reason="provider error"), 502
    return jsonify(html=resp.json().get("html"))
