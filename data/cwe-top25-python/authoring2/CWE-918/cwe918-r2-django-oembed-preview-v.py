# ---
# id: cwe918-r2-django-oembed-preview-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-r2-django-oembed-preview-f
# tags: django, requests
# explanation: A Django class-based view builds rich link previews by calling an oEmbed endpoint whose address comes from the "endpoint" query parameter, and returns the JSON it gets back. Because the client chooses the endpoint, the server can be made to request internal hosts or cloud metadata URLs and relay the responses.
# ---
import hashlib
import logging
from urllib.parse import urlencode

import requests
from django.core.cache import cache
from django.http import JsonResponse
from django.views import View

logger = logging.getLogger(__name__)

CACHE_SECONDS = 6 * 3600
PREVIEW_FIELDS = ("title", "author_name", "provider_name", "thumbnail_url", "html", "width", "height")


def _cache_key(endpoint, url):
    return "oembed:" + hashlib.sha1(f"{endpoint}|{url}".encode()).hexdigest()


def _trim(data):
    return {k: data[k] for k in PREVIEW_FIELDS if k in data}


class LinkPreviewView(View):
    http_method_names = ["get"]

    def get(self, request):
        url = request.GET.get("url", "").strip()
        endpoint = request.GET.get("endpoint", "").strip()
        if not url or not endpoint:
            return JsonResponse({"error": "url and endpoint are required"}, status=400)

        key = _cache_key(endpoint, url)
        cached = cache.get(key)
        if cached is not None:
            return JsonResponse(cached)

        query = urlencode({"url": url, "format": "json", "maxwidth": 640})
        try:
            resp = requests.get(f"{endpoint}?{query}", timeout=4)  #@vuln
            resp.raise_for_status()
            data = _trim(resp.json())
        except (requests.RequestException, ValueError) as exc:
            logger.info("oembed lookup failed for %s: %s", url, exc)
            return JsonResponse({"error": "preview unavailable"}, status=502)

        cache.set(key, data, CACHE_SECONDS)
        return JsonResponse(data)
