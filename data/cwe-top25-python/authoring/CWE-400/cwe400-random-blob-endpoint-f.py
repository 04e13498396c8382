# ---
# id: cwe400-random-blob-endpoint-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-random-blob-endpoint-v
# tags: django, os
# explanation: The requested size is now capped at 25 MiB, the largest blob the speed test needs, so a request cannot make the worker allocate more than that.
# ---
import os

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_GET


@require_GET
def speedtest_blob(request):
    try:
        size = int(request.GET.get("bytes", "1048576"))
    except ValueError:
        return HttpResponseBadRequest("bytes must be an integer")
    if not 0 < size <= 25 * 1024 * 1024:
        return HttpResponseBadRequest("bytes must be between 1 and 26214400")
    payload = os.urandom(size)
    response = HttpResponse(payload, content_type="application/octet-stream")
    response["Cache-Control"] = "no-store"
    response["Content-Length"] = str(len(payload))
    return response
