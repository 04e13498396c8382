# ---
# id: cwe918-link-preview-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-link-preview-f
# tags: django, requests, html.parser
# explanation: A chat app unfurls links: when a message contains a URL, the server fetches it with requests.get and returns the page title and description. Any URL is fetched, so users can make the server request internal hosts (http://localhost:8080/admin, cloud metadata) and read back fragments of the responses.
# ---
from html.parser import HTMLParser

import requests
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required


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
    page = requests.get(url, timeout=4, headers={"User-Agent": "ChatUnfurl/1.0"})  #@vuln
    parser = MetaParser()
    parser.feed(page.text[:200_000])
    return JsonResponse({"url": url, "title": parser.meta.get("title") or parser.title.strip(),
                         "description": parser.meta.get("description", "")})
