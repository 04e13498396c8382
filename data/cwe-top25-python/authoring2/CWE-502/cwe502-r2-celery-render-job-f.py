# ---
# id: cwe502-r2-celery-render-job-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-r2-celery-render-job-v
# tags: celery, redis, json
# explanation: The render worker pops client-submitted payloads from Redis and decodes them with json.loads, which only yields plain dicts, lists, strings and numbers. The job is then built from the dict through the RenderJob dataclass, so the payload cannot make the worker instantiate arbitrary objects or run code.
# ---
import json
import logging
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
    return json.loads(raw)


@shared_task(bind=True, max_retries=3)
def process_render_queue(self, batch_size=10):
    done = 0
    for _ in range(batch_size):
        payload = _next_payload()
        if not isinstance(payload, dict):
            break
        job = RenderJob(**payload)
        try:
            result = _render(job)
        except (KeyError, ValueError, TypeError) as exc:
            log.warning("job %s failed: %s", payload.get("job_id", "?"), exc)
            continue
        _redis.setex(f"render:result:{job.job_id}", RESULT_TTL, result)
        done += 1
    return done
