# ---
# id: cwe78-backup-tar-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-backup-tar-f
# tags: fastapi, subprocess, tarfile
# explanation: A self-service backup API lets tenants name their archive and composes a tar command string with % formatting, executed with shell=True. The label field from the JSON body is placed in the shell command, so "$(reboot)" or "; rm -rf ~" in the label is executed.
# ---
import datetime
import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
BACKUP_DIR = "/backups"


class BackupRequest(BaseModel):
    tenant_id: int
    label: str


@app.post("/backups")
def create_backup(req: BackupRequest):
    stamp = datetime.datetime.utcnow().strftime("%Y%m%d%H%M%S")
    archive = "%s/tenant%d-%s-%s.tar.gz" % (BACKUP_DIR, req.tenant_id, req.label, stamp)
    source = "/data/tenants/%d" % req.tenant_id
    cmd = "tar -czf %s -C %s ." % (archive, source)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)  #@vuln
    return {"archive": archive, "ok": result.returncode == 0}
