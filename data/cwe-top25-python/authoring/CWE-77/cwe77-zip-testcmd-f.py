# ---
# id: cwe77-zip-testcmd-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-zip-testcmd-v
# tags: fastapi, subprocess, zip
# explanation: Every requested name is now prefixed with "./" before it is handed to zip, so no argument can start with "-"; names like "-TT=..." become ordinary (non-existent) file paths instead of zip options.
# ---
import subprocess
import uuid
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from pydantic import BaseModel

app = FastAPI()
REPORTS = Path("/srv/reports/published")


class ExportRequest(BaseModel):
    files: list[str]


@app.post("/reports/export")
def export_reports(req: ExportRequest):
    names = ["./" + name for name in req.files if "/" not in name]
    archive = Path("/tmp") / f"reports-{uuid.uuid4().hex}.zip"
    subprocess.run(["zip", "-q", str(archive), *names], cwd=REPORTS, check=True)
    return FileResponse(archive, filename="reports.zip", media_type="application/zip")
