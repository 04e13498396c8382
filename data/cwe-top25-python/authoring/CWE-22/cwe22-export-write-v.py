# ---
# id: cwe22-export-write-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: fastapi, json
# explanation: A dashboard saves a user's layout as JSON under the exports directory using the filename from the request body. The filename is joined without checks, so "../../etc/cron.d/x" or an absolute path makes the service write attacker-chosen content to any writable location.
# ---
import json
import os
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
EXPORT_DIR = "/var/lib/dashboards/exports"


class LayoutExport(BaseModel):
    filename: str
    layout: dict[str, Any]


def write_export(filename: str, payload: dict) -> str:
    os.makedirs(EXPORT_DIR, exist_ok=True)
    target = os.path.join(EXPORT_DIR, filename)
    with open(target, "w", encoding="utf-8") as fh:  #@vuln
        json.dump(payload, fh, indent=2)
    return target


@app.post("/layouts/export")
def export_layout(body: LayoutExport):
    path = write_export(body.filename, body.layout)
    return {"saved": os.path.basename(path), "bytes": os.path.getsize(path)}
