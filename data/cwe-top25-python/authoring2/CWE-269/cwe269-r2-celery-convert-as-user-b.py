# ---
# id: cwe269-r2-celery-convert-as-user-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: celery, subprocess, tempfile
# explanation: A Celery task converts uploaded office documents to PDF with LibreOffice. The worker runs the converter as a dedicated unprivileged account through subprocess.run(user=..., group=..., extra_groups=[]), with a fixed program, a list of arguments and a private scratch directory, so the third-party converter that parses untrusted files never runs with the worker's own rights.
# ---
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task

log = logging.getLogger(__name__)

CONVERTER = "/usr/bin/soffice"
SANDBOX_USER = "docconvert"
SANDBOX_GROUP = "docconvert"
OUTPUT_DIR = Path("/srv/docs/pdf")
TIMEOUT_S = 120


def scratch_dir() -> Path:
    path = Path(tempfile.mkdtemp(prefix="convert-", dir="/srv/docs/scratch"))
    shutil.chown(path, user=SANDBOX_USER, group=SANDBOX_GROUP)
    os.chmod(path, 0o700)
    return path


@shared_task(bind=True, acks_late=True, max_retries=2)
def convert_to_pdf(self, document_id: int, source_path: str) -> str:
    work = scratch_dir()
    try:
        staged = work / f"{document_id}{Path(source_path).suffix.lower()}"
        shutil.copyfile(source_path, staged)
        shutil.chown(staged, user=SANDBOX_USER, group=SANDBOX_GROUP)
        cmd = [CONVERTER, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(staged)]
        proc = subprocess.run(
            cmd,
            user=SANDBOX_USER,
            group=SANDBOX_GROUP,
            extra_groups=[],
            env={"HOME": str(work), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            timeout=TIMEOUT_S,
        )
        if proc.returncode != 0:
            log.warning("conversion of %s failed: %s", document_id, proc.stderr[-500:])
            raise self.retry(countdown=30)
        target = OUTPUT_DIR / f"{document_id}.pdf"
        shutil.move(str(work / f"{document_id}.pdf"), target)
        return str(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
