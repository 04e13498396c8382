# ---
# id: cwe798-celery-broker-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-celery-broker-f
# tags: celery, redis
# explanation: The Celery application object is configured with broker and result-backend URLs that contain the Redis password. Anyone with the code can connect to the production broker, read task arguments and enqueue tasks of their own.
# ---
from celery import Celery
from kombu import Queue

app = Celery(
    "media",
    broker="redis://:Xr7!mediaQueue@redis-prod.internal:6379/0",  #@vuln
    backend="redis://:Xr7!mediaQueue@redis-prod.internal:6379/1",  #@vuln
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
