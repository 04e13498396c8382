# ---
# id: cwe22-absolute-join-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-absolute-join-v
# tags: fastapi, pathlib
# explanation: The notes API now resolves the combined path and requires it to be relative to the resolved root with Path.is_relative_to before reading. Absolute names, ".." segments and symlinks that point outside NOTES_ROOT are rejected with 404.
# ---
from pathlib import Path

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
NOTES_ROOT = Path("/var/lib/notes").resolve()


class NoteRequest(BaseModel):
    name: str


def note_path(name: str) -> Path:
    path = (NOTES_ROOT / name).resolve()
    if not path.is_relative_to(NOTES_ROOT):
        raise HTTPException(status_code=404)
    return path


@app.post("/notes/read")
def read_note(req: NoteRequest):
    path = note_path(req.name)
    if not path.exists():
        raise HTTPException(status_code=404)
    return {"name": req.name, "body": path.read_text(encoding="utf-8")}
