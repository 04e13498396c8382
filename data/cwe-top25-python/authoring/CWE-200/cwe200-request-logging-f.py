# ---
# id: cwe200-request-logging-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-request-logging-v
# tags: django, logging, middleware
# explanation: The access log now records only non-sensitive headers from an allow-list and the names of submitted form fields, not their values. Tokens, cookies and passwords no longer reach the logs.
# ---
import json
import logging
import time

log = logging.getLogger("http.access")
LOGGED_HEADERS = {"User-Agent", "Referer", "Content-Type", "Accept-Language", "X-Request-Id"}


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
            "headers": {k: v for k, v in request.headers.items() if k in LOGGED_HEADERS},
            "form_fields": sorted(request.POST.keys()),
        }
        log.info(json.dumps(entry))
        return response
