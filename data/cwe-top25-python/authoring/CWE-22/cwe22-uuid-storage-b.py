# ---
# id: cwe22-uuid-storage-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: fastapi, sqlite3, pathlib
# explanation: An attachment service stores uploads on disk under server-generated UUID names and keeps the original filename only in the database. Downloads look the record up by its UUID (parsed by FastAPI as a uuid.UUID) and open the stored UUID path, so no client-supplied text ever becomes part of a filesystem path.
# ---
import sqlite3
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()
STORE = Path("/var/lib/attachments")
db = sqlite3.connect("attachments.db", check_same_thread=False)
db.execute("CREATE TABLE IF NOT EXISTS files (id INTEGER PRIMARY KEY, stored TEXT, original TEXT)")


@app.post("/attachments")
async def upload(file: UploadFile):
    stored = uuid.uuid4().hex
    (STORE / stored).write_bytes(await file.read())
    db.execute("INSERT INTO files (stored, original) VALUES (?, ?)", (stored, file.filename))
    db.commit()
    return {"id": stored}


@app.get("/attachments/{file_id}")
def download(file_id: uuid.UUID):
    row = db.execute("SELECT stored, original FROM files WHERE stored = ?", (file_id.hex,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404)
    return FileResponse(STORE / row[0], filename=row[1])
