# ---
# id: cwe918-seller-images-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-seller-images-v
# tags: requests, marketplace, etl, ipaddress
# explanation: Each seller image URL must now be https and resolve only to globally routable addresses, and redirects are not followed, before the worker downloads it. Internal hosts and the metadata service are rejected.
# ---
import hashlib
import ipaddress
import json
import socket
from pathlib import Path
from urllib.parse import urlsplit

import requests

MEDIA = Path("/srv/marketplace/media/products")
session = requests.Session()
session.headers["User-Agent"] = "marketplace-ingest/3.4"


def public_https(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    return all(ipaddress.ip_address(i[4][0]).is_global for i in socket.getaddrinfo(parts.hostname, 443))


def rehost_image(url: str) -> str:
    if not public_https(url):
        raise ValueError(f"image URL rejected: {url}")
    resp = session.get(url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    digest = hashlib.sha256(resp.content).hexdigest()
    target = MEDIA / digest[:2] / f"{digest}.img"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(resp.content)
    return f"/media/products/{digest[:2]}/{digest}.img"


def ingest_feed(feed_path: Path) -> list[dict]:
    products = []
    for line in feed_path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        images = [rehost_image(u) for u in item.get("image_urls", [])[:8]]
        products.append({"sku": item["sku"], "title": item["title"], "images": images})
    return products
