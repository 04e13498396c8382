# ---
# id: cwe476-og-image-scraper-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-og-image-scraper-f
# tags: requests, beautifulsoup4
# explanation: A link-preview worker extracts the og:image URL with soup.find("meta", property="og:image")["content"]. Pages without that tag make find return None, and subscripting None raises TypeError, so the nightly job that builds previews for the site's own published articles crashes on the first article whose page lacks the tag.
# ---
import requests
from bs4 import BeautifulSoup

from .previews import save_preview


def preview_for(url: str) -> dict:
    resp = requests.get(url, timeout=5, headers={"User-Agent": "LinkPreviewBot/1.0"})
    resp.raise_for_status()
    soup = BeautifulSoup(resp.text[:500_000], "html.parser")
    title = soup.title.string.strip() if soup.title and soup.title.string else url
    image = soup.find("meta", property="og:image")["content"]  #@vuln
    return {"url": url, "title": title[:200], "image": image}


def refresh_previews(articles) -> None:
    for article in articles:
        save_preview(article.id, preview_for(article.canonical_url))
