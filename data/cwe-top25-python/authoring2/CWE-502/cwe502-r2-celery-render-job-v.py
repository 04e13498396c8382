# ---
# id: cwe502-r2-celery-render-job-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-r2-celery-render-job-f
# tags: celery, redis, pickle
# explanation: A Celery task pulls a render job payload from a Redis list that the public upload API pushes client-supplied bytes onto, and turns it back into an object with pickle.loads. Anyone who can submit a job controls the pickled bytes, and unpickling attacker data runs arbitrary code through __reduce__ on the worker.
# ---
import logging
import pickle
import time
from dataclasses import dataclass, field

import redis
from celery import shared_task

log = logging.getLogger(__name__)

QUEUE_KEY = "render:pending"
RESULT_TTL = 3600
MAX_PAGES = 200

_redis = redis.Redis(host="cache", port=6379, db=2)


@dataclass
class RenderJob:
    job_id: str
    template: str
    pages: int = 1
    options: dict = field(default_factory=dict)


def _clamp_pages(n):
    return max(1, min(int(n), MAX_PAGES))


def _render(job):
    started = time.monotonic()
    out = []
    for page in range(_clamp_pages(job.pages)):
        out.append(f"{job.template}:{page}:{job.options.get('dpi', 150)}")
    log.info("rendered %s in %.2fs", job.job_id, time.monotonic() - started)
    return "\n".join(out)


def _next_payload():
    raw = _redis.lpop(QUEUE_KEY)
    if raw is None:
        return None
    return pickle.loads(raw)  #@vuln


@shared_task(bind=True, max_retries=3)
def process_render_queue(self, batch_size=10):
    done = 0
    for _ in range(batch_size):
        payload = _next_payload()
        if payload is None:
            break
        job = RenderJob(**payload) if isinstance(payload, dict) else payload
        try:
            result = _render(job)
        except (KeyError, ValueError) as exc:
            log.warning("job %s failed: %s", getattr(job, "job_id", "?"), exc)
            continue
        _redis.setex(f"render:result:{job.job_id}", RESULT_TTL, result)
        done += 1
    return done
