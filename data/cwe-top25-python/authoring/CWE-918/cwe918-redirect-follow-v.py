# ---
# id: cwe918-redirect-follow-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-redirect-follow-f
# tags: requests, ipaddress, celery
# explanation: A feed importer validates that the user's feed URL resolves to a public address, but then fetches it with requests' default redirect following. A public server answering "302 Location: http://169.254.169.254/latest/meta-data/" sends the worker to the internal address after the check.
# ---
import ipaddress
import socket
from urllib.parse import urlsplit

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
    if not is_public(feed.url):
        feed.mark_failed("feed URL is not public")
        return 0
    resp = requests.get(feed.url, timeout=10)  #@vuln
    entries = parse_entries(resp.content)
    feed.store_entries(entries)
    return len(entries)
