# ---
# id: cwe918-rss-subscribe-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-rss-subscribe-f
# tags: django, urllib, xml
# explanation: When a reader subscribes to a feed, the Django view immediately downloads the URL with urllib.request.urlopen to validate it and shows the feed title or the error text. The URL is unrestricted, so internal HTTP services, file:// URLs and the metadata endpoint are reachable, and the parsed title of whatever answers is shown to the reader.
# ---
import urllib.request
from xml.etree import ElementTree

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from reader.models import Subscription


def probe_feed(url):
    with urllib.request.urlopen(url, timeout=8) as resp:  #@vuln
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
