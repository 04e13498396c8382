# ---
# id: cwe306-django-restore-backup-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: django, subprocess
# explanation: A Django view restores the database from one of the nightly backup snapshots chosen by name. It carries no login or staff check at all, so any anonymous visitor can roll the production database back to an old snapshot, losing all recent data.
# ---
import subprocess
from pathlib import Path

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

BACKUP_DIR = Path("/var/backups/app")


def available_snapshots():
    return {p.name: p for p in BACKUP_DIR.glob("*.dump")}


@require_POST
def restore_backup(request):  #@vuln
    snapshot = available_snapshots().get(request.POST.get("snapshot", ""))
    if snapshot is None:
        return HttpResponseBadRequest("unknown snapshot")
    db = settings.DATABASES["default"]
    result = subprocess.run(
        ["pg_restore", "--clean", "--no-owner", "-d", db["NAME"], str(snapshot)],
        capture_output=True,
        timeout=1800,
    )
    return JsonResponse({"restored": snapshot.name, "exit_code": result.returncode})
