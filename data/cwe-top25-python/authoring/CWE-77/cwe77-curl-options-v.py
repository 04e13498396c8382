# ---
# id: cwe77-curl-options-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: celery, subprocess, curl
# explanation: A mirroring task downloads files with curl using an argument list, appending the mirror URLs from the job a user submitted. An entry like "-o/srv/www/index.php" is interpreted by curl as an option, so the next URL's content is written to a path of the user's choosing on the worker.
# ---
import hashlib
import subprocess
from pathlib import Path

from celery import shared_task

MIRROR_DIR = Path("/srv/mirror/incoming")


@shared_task(time_limit=900)
def mirror_file(job_id: int, urls: list) -> dict:
    MIRROR_DIR.mkdir(parents=True, exist_ok=True)
    target = MIRROR_DIR / f"job-{job_id}.bin"
    subprocess.run(
        ["curl", "--fail", "--silent", "--location", "--max-filesize", "2G", "--output", str(target), *urls],  #@vuln
        check=True,
        timeout=880,
    )
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    return {"job": job_id, "path": str(target), "sha256": digest}
