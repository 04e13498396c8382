# ---
# id: cwe400-random-blob-endpoint-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-random-blob-endpoint-f
# tags: django, os
# explanation: A network test endpoint returns a random blob whose size comes from the "bytes" query parameter and is generated in one call with os.urandom. No upper bound is applied, so bytes=50000000000 makes the worker try to allocate tens of gigabytes.
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
    if size <= 0:
        return HttpResponseBadRequest("bytes must be positive")
    payload = os.urandom(size)  #@vuln
    response = HttpResponse(payload, content_type="application/octet-stream")
    response["Cache-Control"] = "no-store"
    response["Content-Length"] = str(len(payload))
    return response
