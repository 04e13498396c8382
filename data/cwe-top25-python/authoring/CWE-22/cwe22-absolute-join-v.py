# ---
# id: cwe22-absolute-join-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-absolute-join-f
# tags: fastapi, pathlib
# explanation: A shared team-notes API reads a note file named in the JSON body relative to the notes directory using pathlib's "/" operator. If the name is absolute ("/etc/shadow") pathlib discards the base, and "../../etc/passwd" climbs out, so users can read any file the service can open.
# ---
from pathlib import Path

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
NOTES_ROOT = Path("/var/lib/notes")


class NoteRequest(BaseModel):
    name: str


def note_path(name: str) -> Path:
    return NOTES_ROOT / name


@app.post("/notes/read")
def read_note(req: NoteRequest):
    path = note_path(req.name)
    if not path.exists():
        raise HTTPException(status_code=404)
    return {"name": req.name, "body": path.read_text(encoding="utf-8")}  #@vuln
