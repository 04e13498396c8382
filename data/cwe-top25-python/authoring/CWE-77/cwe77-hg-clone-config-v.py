# ---
# id: cwe77-hg-clone-config-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: subprocess, mercurial, celery
# explanation: A code-hosting importer clones Mercurial repositories by passing the user-supplied source to hg clone in an argument list. A source of "--config=alias.clone=!touch /tmp/x" is read as an option that defines a shell alias, so hg runs the attacker's command.
# ---
import subprocess
from pathlib import Path

from celery import shared_task

from hosting.models import ImportJob

REPOS = Path("/srv/hg")


@shared_task
def import_hg(job_id: int) -> str:
    job = ImportJob.objects.get(pk=job_id)
    dest = REPOS / f"{job.namespace_id}-{job.pk}"
    proc = subprocess.run(
        ["hg", "clone", "--noupdate", job.source, str(dest)],  #@vuln
        capture_output=True,
        text=True,
        timeout=1800,
    )
    job.finish(ok=proc.returncode == 0, log=proc.stderr[-4000:])
    return str(dest)
