# ---
# id: cwe918-redirect-follow-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-redirect-follow-v
# tags: requests, ipaddress, celery
# explanation: The importer now fetches with allow_redirects=False and follows at most three redirects itself, re-running the public-address check on every Location before requesting it. A redirect to an internal address is refused.
# ---
import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

import requests
from celery import shared_task

from feeds.models import Feed
from feeds.parse import parse_entries


def is_public(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    return all(ipaddress.ip_address(i[4][0]).is_global for i in socket.getaddrinfo(parts.hostname, None))


@shared_task
def refresh_feed(feed_id):
    feed = Feed.objects.get(pk=feed_id)
    url = feed.url
    for _ in range(4):
        if not is_public(url):
            feed.mark_failed("feed URL is not public")
            return 0
        resp = requests.get(url, timeout=10, allow_redirects=False)
        if not resp.is_redirect:
            break
        url = urljoin(url, resp.headers["Location"])
    else:
        feed.mark_failed("too many redirects")
        return 0
    entries = parse_entries(resp.content)
    feed.store_entries(entries)
    return len(entries)
