# ---
# id: cwe476-broker-url-env-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-broker-url-env-v
# tags: os, celery, urllib
# explanation: broker_settings() now raises a clear RuntimeError when BROKER_URL is unset or has no host, before any attribute of the missing value is used.
# ---
import os
from urllib.parse import urlsplit

from celery import Celery


def broker_settings():
    raw = os.environ.get("BROKER_URL")
    if not raw:
        raise RuntimeError("BROKER_URL is not set")
    parts = urlsplit(raw)
    if parts.hostname is None:
        raise RuntimeError("BROKER_URL has no host")
    host = parts.hostname.split(".")[0]
    return {
        "broker_url": raw,
        "broker_transport_options": {"visibility_timeout": 3600, "master_name": host},
        "task_default_queue": os.environ.get("TASK_QUEUE", "default"),
    }


app = Celery("etl")
app.conf.update(broker_settings())


@app.task(acks_late=True)
def refresh_materialized_views(names):
    from etl.warehouse import refresh

    for name in names:
        refresh(name)
