# ---
# id: cwe918-r3-oembed-provider-map-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: requests
# explanation: The oEmbed helper picks the provider endpoint from a fixed table keyed by the page's host and sends the user's URL only as a query parameter to that provider; unknown hosts get no request at all.
# ---
from urllib.parse import urlsplit

import requests

PROVIDERS = {
    "www.youtube.com": "https://www.youtube.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
}


def fetch_embed(page_url):
    endpoint = PROVIDERS.get(urlsplit(page_url).hostname or "")
    if endpoint is None:
        return None
    resp = requests.get(endpoint, params={"url": page_url, "format": "json"}, timeout=5)
    if resp.ok:
        return resp.json().get("html")
    return None
