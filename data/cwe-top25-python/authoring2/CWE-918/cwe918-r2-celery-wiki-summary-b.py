# ---
# id: cwe918-r2-celery-wiki-summary-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: celery, urllib, json
# explanation: A Celery task enriches catalogue entries with a Wikipedia summary. The user-written title is percent-encoded with quote(title, safe="") and appended as a single path segment to the constant https://en.wikipedia.org REST base, so slashes, "@" or "#" in the title cannot change the host or path prefix; only Wikipedia is ever contacted.
# ---
import json
import logging
import urllib.request
from urllib.error import HTTPError, URLError
from urllib.parse import quote

from celery import shared_task

from catalog.models import Entry

log = logging.getLogger(__name__)

SUMMARY_BASE = "https://en.wikipedia.org/api/rest_v1/page/summary/"
USER_AGENT = "catalog-enricher/1.4 (ops@example.org)"
MAX_EXTRACT = 1200


def summary_url(title):
    return SUMMARY_BASE + quote(title.strip().replace(" ", "_"), safe="")


def fetch_summary(title):
    req = urllib.request.Request(summary_url(title), headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=8) as resp:
        return json.load(resp)


def shorten(text, limit=MAX_EXTRACT):
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > 0 else text[:limit]


@shared_task(autoretry_for=(URLError,), retry_backoff=True, max_retries=4)
def enrich_entry(entry_id):
    entry = Entry.objects.get(pk=entry_id)
    if not entry.wiki_title:
        return "skipped"
    try:
        data = fetch_summary(entry.wiki_title)
    except HTTPError as exc:
        if exc.code == 404:
            log.info("no article for %r", entry.wiki_title)
            return "missing"
        raise
    entry.summary = shorten(data.get("extract", ""))
    entry.summary_source = data.get("content_urls", {}).get("desktop", {}).get("page", "")
    entry.save(update_fields=["summary", "summary_source"])
    return "ok"
