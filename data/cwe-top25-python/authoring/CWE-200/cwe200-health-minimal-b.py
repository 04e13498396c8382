# ---
# id: cwe200-health-minimal-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: fastapi, sqlalchemy
# explanation: A public health endpoint checks the database and cache and returns only "ok"/"degraded" per component plus the release tag. Exception details from failed checks are logged, not returned, so the endpoint reveals no configuration or internals.
# ---
import logging
import os

from fastapi import FastAPI
from sqlalchemy import text

from app.db import engine
from app.cache import cache

app = FastAPI()
log = logging.getLogger("health")
RELEASE = os.environ.get("RELEASE_TAG", "dev")


def probe(name, fn):
    try:
        fn()
        return "ok"
    except Exception:
        log.exception("health probe %s failed", name)
        return "degraded"


@app.get("/healthz")
def healthz():
    def db_check():
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    checks = {"database": probe("database", db_check), "cache": probe("cache", cache.ping)}
    return {"status": "ok" if all(v == "ok" for v in checks.values()) else "degraded", "checks": checks, "release": RELEASE}
