# ---
# id: cwe78-joined-args-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: fastapi, os, zip
# explanation: The export code first assembles a tidy argument list, which suggests no shell is used, but then joins it with spaces and passes the string to os.system. The file names from the request body are therefore parsed by /bin/sh, and a name like "a.csv;id" executes a command.
# ---
import os
import uuid

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
EXPORTS = "/srv/exports"


class ExportRequest(BaseModel):
    files: list[str]


@app.post("/exports")
def export(req: ExportRequest):
    archive = f"/tmp/{uuid.uuid4().hex}.zip"
    args = ["cd", EXPORTS, "&&", "zip", "-q", archive] + [name for name in req.files if "/" not in name]
    status = os.system(" ".join(args))  #@vuln
    return {"archive": archive, "ok": status == 0}
