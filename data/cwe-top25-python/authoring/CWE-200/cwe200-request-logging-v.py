# ---
# id: cwe200-request-logging-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-request-logging-f
# tags: django, logging, middleware
# explanation: A Django middleware logs every request's headers and POST body at INFO level to the shared log pipeline. That writes Authorization bearer tokens, session cookies and submitted passwords into logs readable by many staff and third-party log services (CWE-532 under CWE-200).
# ---
import json
import logging
import time

log = logging.getLogger("http.access")


class AccessLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        entry = {
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "ms": round((time.monotonic() - started) * 1000, 1),
            "headers": dict(request.headers),
            "form": request.POST.dict(),
        }
        log.info(json.dumps(entry))  #@vuln
        return response
