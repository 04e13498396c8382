# ---
# id: cwe798-r2-flask-metrics-basic-auth-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: flask, prometheus
# explanation: A Flask blueprint exposes Prometheus metrics and a cache-flush endpoint to the monitoring system behind HTTP basic auth. The accepted user name and password are literals in the module, identical in every deployment and visible to anyone who can read the code, and they cannot be changed without editing the source.
# ---
import functools
import hmac
import logging
import time

from flask import Blueprint, Response, current_app, request
from prometheus_client import CONTENT_TYPE_LATEST, Counter, generate_latest

ops = Blueprint("ops", __name__, url_prefix="/ops")
log = logging.getLogger(__name__)

SCRAPE_USER = "prometheus"
SCRAPE_PASSWORD = "scr4pe-M3trics-2022"  #@vuln
FLUSHES = Counter("cache_flushes_total", "Cache flushes requested through /ops")


def basic_auth(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.authorization
        ok = (
            auth is not None
            and hmac.compare_digest(auth.username or "", SCRAPE_USER)
            and hmac.compare_digest(auth.password or "", SCRAPE_PASSWORD)
        )
        if not ok:
            return Response(
                "authentication required",
                401,
                {"WWW-Authenticate": 'Basic realm="ops"'},
            )
        return view(*args, **kwargs)
    return wrapper


@ops.get("/metrics")
@basic_auth
def metrics():
    return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)


@ops.post("/cache/flush")
@basic_auth
def flush_cache():
    started = time.monotonic()
    cache = current_app.extensions["cache"]
    cache.clear()
    FLUSHES.inc()
    elapsed = time.monotonic() - started
    log.info("cache flushed in %.3fs", elapsed)
    return {"flushed": True, "seconds": round(elapsed, 3)}


@ops.get("/ping")
def ping():
    return {"ok": True}
