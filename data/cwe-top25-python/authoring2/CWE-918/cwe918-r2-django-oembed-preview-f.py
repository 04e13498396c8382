# ---
# id: cwe918-r2-django-oembed-preview-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-r2-django-oembed-preview-v
# tags: django, requests
# explanation: The preview view no longer accepts an endpoint from the client: the provider name selects one of the fixed oEmbed endpoints in OEMBED_ENDPOINTS, and unknown providers get a 400. The user URL is only passed as an encoded query parameter to that known provider, so the server cannot be steered at internal addresses.
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
OEMBED_ENDPOINTS = {
    "youtube": "https://www.youtube.com/oembed",
    "vimeo": "https://vimeo.com/api/oembed.json",
    "flickr": "https://www.flickr.com/services/oembed/",
}
PREVIEW_FIELDS = ("title", "author_name", "provider_name", "thumbnail_url", "html", "width", "height")


def _cache_key(endpoint, url):
    return "oembed:" + hashlib.sha1(f"{endpoint}|{url}".encode()).hexdigest()


def _trim(data):
    return {k: data[k] for k in PREVIEW_FIELDS if k in data}


class LinkPreviewView(View):
    http_method_names = ["get"]

    def get(self, request):
        url = request.GET.get("url", "").strip()
        endpoint = OEMBED_ENDPOINTS.get(request.GET.get("provider", ""))
        if not url or endpoint is None:
            return JsonResponse({"error": "url and a known provider are required"}, status=400)

        key = _cache_key(endpoint, url)
        cached = cache.get(key)
        if cached is not None:
            return JsonResponse(cached)

        query = urlencode({"url": url, "format": "json", "maxwidth": 640})
        try:
            resp = requests.get(f"{endpoint}?{query}", timeout=4)
            resp.raise_for_status()
            data = _trim(resp.json())
        except (requests.RequestException, ValueError) as exc:
            logger.info("oembed lookup failed for %s: %s", url, exc)
            return JsonResponse({"error": "preview unavailable"}, status=502)

        cache.set(key, data, CACHE_SECONDS)
        return JsonResponse(data)
