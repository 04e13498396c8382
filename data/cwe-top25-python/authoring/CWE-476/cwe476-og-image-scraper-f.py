# ---
# id: cwe476-og-image-scraper-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-og-image-scraper-v
# tags: requests, beautifulsoup4
# explanation: preview_for() now checks that the og:image tag exists before reading its content attribute and uses None otherwise, so pages without the tag still get a preview.
# ---
import requests
from bs4 import BeautifulSoup

from .previews import save_preview


def preview_for(url: str) -> dict:
    resp = requests.get(url, timeout=5, headers={"User-Agent": "LinkPreviewBot/1.0"})
    resp.raise_for_status()
    soup = BeautifulSoup(resp.text[:500_000], "html.parser")
    title = soup.title.string.strip() if soup.title and soup.title.string else url
    tag = soup.find("meta", property="og:image")
    image = tag.get("content") if tag is not None else None
    return {"url": url, "title": title[:200], "image": image}


def refresh_previews(articles) -> None:
    for article in articles:
        save_preview(article.id, preview_for(article.canonical_url))
