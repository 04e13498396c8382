# ---
# id: cwe400-report-workers-pool-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: concurrent.futures, threading, queue
# explanation: A report renderer consumes jobs from a bounded queue.Queue with a fixed ThreadPoolExecutor of four workers; producers block when 100 jobs are pending. The number of threads and the backlog held in memory are both bounded no matter how many report requests arrive.
# ---
"""Worker pool that renders PDF reports from the job queue."""

import logging
import queue
from concurrent.futures import ThreadPoolExecutor

from reports.render import render_pdf
from reports.store import save_report

log = logging.getLogger("reports")
jobs: "queue.Queue[dict]" = queue.Queue(maxsize=100)


def submit(job: dict, wait_seconds: float = 2.0) -> bool:
    try:
        jobs.put(job, timeout=wait_seconds)
        return True
    except queue.Full:
        log.warning("report queue full, rejecting job %s", job.get("id"))
        return False


def worker():
    while True:
        job = jobs.get()
        try:
            save_report(job["id"], render_pdf(job["template"], job["params"]))
        except Exception:
            log.exception("report %s failed", job["id"])
        finally:
            jobs.task_done()


def start(pool_size: int = 4) -> ThreadPoolExecutor:
    pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="report")
    for _ in range(pool_size):
        pool.submit(worker)
    return pool
