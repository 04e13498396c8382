# ---
# id: cwe434-fastapi-private-fileresponse-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: fastapi, aiofiles
# explanation: Lab instrument exports of any type are accepted, but they are written under a random name to a private directory that is not mounted as static files, and they are only returned by an owner-checked endpoint as application/octet-stream attachments with nosniff, so an uploaded HTML or script file is never rendered or executed.
# ---
import pathlib
import uuid

import aiofiles
from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import current_user
from .db import datasets

STORE = pathlib.Path("/var/lib/labdata/raw")
LIMIT = 512 * 1024 * 1024
app = FastAPI()


@app.post("/datasets")
async def upload_dataset(file: UploadFile = File(...), user=Depends(current_user)):
    key = uuid.uuid4().hex
    size = 0
    async with aiofiles.open(STORE / key, "wb") as out:
        while chunk := await file.read(1 << 20):
            size += len(chunk)
            if size > LIMIT:
                break
            await out.write(chunk)
    if size > LIMIT:
        (STORE / key).unlink()
        raise HTTPException(413, "dataset larger than 512 MB")
    await datasets.insert(key=key, owner_id=user.id, original_name=file.filename or "data.bin")
    return {"id": key}


@app.get("/datasets/{key}")
async def download_dataset(key: str, user=Depends(current_user)):
    row = await datasets.get(key=key, owner_id=user.id)
    if row is None:
        raise HTTPException(404)
    return FileResponse(STORE / row.key, media_type="application/octet-stream",
                        filename=f"dataset-{row.key[:8]}.bin", headers={"X-Content-Type-Options": "nosniff"})
