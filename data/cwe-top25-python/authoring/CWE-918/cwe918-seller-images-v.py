# ---
# id: cwe918-seller-images-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-seller-images-f
# tags: requests, marketplace, etl
# explanation: A marketplace ingests seller product feeds and downloads every image_url listed in the feed to re-host it. Sellers control those URLs, so the ingestion worker will request internal addresses (and the downloaded bytes are published as the product image).
# ---
import hashlib
import json
from pathlib import Path

import requests

MEDIA = Path("/srv/marketplace/media/products")
session = requests.Session()
session.headers["User-Agent"] = "marketplace-ingest/3.4"


def rehost_image(url: str) -> str:
    resp = session.get(url, timeout=10)  #@vuln
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
