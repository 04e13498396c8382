# ---
# id: cwe798-celery-broker-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-celery-broker-v
# tags: celery, redis
# explanation: Broker and result-backend URLs, including the Redis password, now come from environment variables provided at deploy time, so no credential is embedded in the Celery module.
# ---
import os

from celery import Celery
from kombu import Queue

app = Celery(
    "media",
    broker=os.environ["CELERY_BROKER_URL"],
    backend=os.environ["CELERY_RESULT_BACKEND"],
)
app.conf.update(
    task_queues=[Queue("default"), Queue("transcode"), Queue("thumbnails")],
    task_default_queue="default",
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    result_expires=3600,
)


@app.task(queue="thumbnails")
def make_thumbnail(asset_id: int, size: int = 320) -> str:
    from media.images import render_thumbnail

    return render_thumbnail(asset_id, size)
