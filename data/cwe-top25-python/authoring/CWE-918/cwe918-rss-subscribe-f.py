# ---
# id: cwe918-rss-subscribe-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-rss-subscribe-v
# tags: django, urllib, xml
# explanation: Before subscribing, the feed URL must be http(s) and its host must resolve only to global addresses; the fetch uses an opener whose redirect handler refuses every redirect, so file://, internal hosts and redirects into the internal network are refused.
# ---
import ipaddress
import socket
import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from reader.models import Subscription


class RefuseRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def probe_feed(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("unsupported feed URL")
    if not all(ipaddress.ip_address(i[4][0]).is_global for i in socket.getaddrinfo(parts.hostname, None)):
        raise ValueError("feed host is not public")
    with urllib.request.build_opener(RefuseRedirects).open(url, timeout=8) as resp:
        root = ElementTree.fromstring(resp.read(2_000_000))
    title = root.findtext("channel/title") or root.findtext("{http://www.w3.org/2005/Atom}title")
    return title or url


@login_required
def subscribe(request):
    url = request.POST.get("feed_url", "").strip()
    try:
        title = probe_feed(url)
    except Exception:
        messages.error(request, "Could not read that feed.")
        return redirect("reader:home")
    Subscription.objects.get_or_create(user=request.user, url=url, defaults={"title": title})
    messages.success(request, f"Subscribed to {title}")
    return redirect("reader:home")
