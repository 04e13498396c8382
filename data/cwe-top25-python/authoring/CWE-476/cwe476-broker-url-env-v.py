# ---
# id: cwe476-broker-url-env-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-broker-url-env-f
# tags: os, celery, urllib
# explanation: A Celery worker module builds its broker settings at import time from os.environ.get("BROKER_URL") and immediately calls urlsplit on the result and reads .hostname, then splits it. When the variable is not set (a new deployment, a cron container), get returns None and the worker crashes at import with an unhelpful error instead of using a default or failing with a clear message.
# ---
import os
from urllib.parse import urlsplit

from celery import Celery


def broker_settings():
    raw = os.environ.get("BROKER_URL")
    parts = urlsplit(raw)
    host = parts.hostname.split(".")[0]  #@vuln
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
