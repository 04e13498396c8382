# ---
# id: cwe269-celery-run-as-root-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: celery, os, sys
# explanation: The worker bootstrap deliberately overrides Celery's refusal to run as root (C_FORCE_ROOT) so that tasks can write into /var/www. Every task, including those that parse user-uploaded spreadsheets, then runs with root privileges, when only a narrowly-privileged account with write access to that directory was needed.
# ---
import os
import sys

from celery import Celery

os.environ["C_FORCE_ROOT"] = "true"  #@vuln

app = Celery("media", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
app.conf.update(task_acks_late=True, worker_prefetch_multiplier=1, task_time_limit=600)


@app.task
def import_spreadsheet(path: str) -> int:
    from media.importers import load_rows

    rows = load_rows(path)
    return len(rows)


@app.task
def publish_thumbnail(src: str, media_id: int) -> str:
    from media.images import make_thumbnail

    out = f"/var/www/media/thumbs/{int(media_id)}.webp"
    make_thumbnail(src, out, size=(320, 320))
    return out


if __name__ == "__main__":
    app.worker_main(argv=["worker", "--loglevel=INFO", *sys.argv[1:]])
