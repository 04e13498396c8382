# ---
# id: cwe78-backup-tar-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-backup-tar-v
# tags: fastapi, subprocess, tarfile
# explanation: The backup endpoint now restricts the label with a pydantic pattern and passes the tar arguments as a list without shell=True. The archive path is a single argument starting with the backup directory, so no shell ever parses tenant input.
# ---
import datetime
import subprocess

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()
BACKUP_DIR = "/backups"


class BackupRequest(BaseModel):
    tenant_id: int
    label: str = Field(pattern=r"^[A-Za-z0-9_-]{1,40}$")


@app.post("/backups")
def create_backup(req: BackupRequest):
    stamp = datetime.datetime.utcnow().strftime("%Y%m%d%H%M%S")
    archive = "%s/tenant%d-%s-%s.tar.gz" % (BACKUP_DIR, req.tenant_id, req.label, stamp)
    source = "/data/tenants/%d" % req.tenant_id
    cmd = ["tar", "-czf", archive, "-C", source, "."]
    result = subprocess.run(cmd, capture_output=True, text=True)
    return {"archive": archive, "ok": result.returncode == 0}
