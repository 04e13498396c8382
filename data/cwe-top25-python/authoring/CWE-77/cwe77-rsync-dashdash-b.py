# ---
# id: cwe77-rsync-dashdash-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: celery, subprocess, rsync
# explanation: A sync task passes a project folder name from the database to rsync as an argument, which looks like option injection, but the source and destination follow "--" and the source is an absolute path built under the projects root from the final component of the folder name, so rsync can only treat them as paths.
# ---
import subprocess
from pathlib import Path

from celery import shared_task

from projects.models import Project

ROOT = Path("/srv/projects")
MIRROR = "mirror@backup.internal:/mirror/projects/"


@shared_task(time_limit=3600)
def mirror_project(project_id: int) -> int:
    project = Project.objects.get(pk=project_id)
    source = ROOT / str(project.pk) / Path(project.folder_name).name
    proc = subprocess.run(
        ["rsync", "-a", "--delete", "-e", "ssh -o BatchMode=yes", "--", f"{source}/", MIRROR + str(project.pk) + "/"],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        project.record_sync_error(proc.stderr[-2000:])
    return proc.returncode
