# ---
# id: cwe918-link-preview-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-link-preview-v
# tags: django, requests, html.parser
# explanation: Link unfurling is now limited to an allow-list of well-known public sites: the parsed hostname must equal one of them (or be a subdomain) and the scheme must be https, and redirects are not followed. Internal hosts can no longer be requested.
# ---
from html.parser import HTMLParser
from urllib.parse import urlsplit

import requests
from django.http import JsonResponse, HttpResponseBadRequest
from django.contrib.auth.decorators import login_required

UNFURL_HOSTS = ("github.com", "gitlab.com", "youtube.com", "wikipedia.org", "stackoverflow.com")


class MetaParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self._in_title, self.title = {}, False, ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property", "").startswith("og:"):
            self.meta[a["property"][3:]] = a.get("content", "")
        self._in_title = tag == "title"

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@login_required
def unfurl(request):
    url = request.GET["url"]
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not any(host == h or host.endswith("." + h) for h in UNFURL_HOSTS):
        return HttpResponseBadRequest("previews are not available for this site")
    page = requests.get(url, timeout=4, headers={"User-Agent": "ChatUnfurl/1.0"}, allow_redirects=False)
    parser = MetaParser()
    parser.feed(page.text[:200_000])
    return JsonResponse({"url": url, "title": parser.meta.get("title") or parser.title.strip(),
                         "description": parser.meta.get("description", "")})
