# ---
# id: cwe77-zip-testcmd-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-zip-testcmd-f
# tags: fastapi, subprocess, zip
# explanation: An export endpoint zips the report files a user lists in the JSON body by passing the names to the zip command as arguments. Names such as "-T" and "-TT=sh -c id" are taken by zip as options, and -TT runs the given command to "test" the archive.
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
    names = [name for name in req.files if "/" not in name]
    archive = Path("/tmp") / f"reports-{uuid.uuid4().hex}.zip"
    subprocess.run(["zip", "-q", str(archive), *names], cwd=REPORTS, check=True)  #@vuln
    return FileResponse(archive, filename="reports.zip", media_type="application/zip")
