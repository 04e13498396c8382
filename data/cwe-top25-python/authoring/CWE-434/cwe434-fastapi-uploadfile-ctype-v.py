# ---
# id: cwe434-fastapi-uploadfile-ctype-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-fastapi-uploadfile-ctype-f
# tags: fastapi, aiofiles
# explanation: Product photos are accepted when UploadFile.content_type starts with "image/" and saved into the public directory served by StaticFiles, keeping the client's file extension. Both the content type and the name are chosen by the client, so image/png-labelled .html files are published on the shop's origin.
# ---
import pathlib
import uuid

import aiofiles
from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.staticfiles import StaticFiles

PUBLIC = pathlib.Path("public")
app = FastAPI()
app.mount("/public", StaticFiles(directory=PUBLIC), name="public")


@app.post("/products/{sku}/photos")
async def add_photo(sku: str, photo: UploadFile = File(...)):
    if not (photo.content_type or "").startswith("image/"):  #@vuln
        raise HTTPException(415, "images only")
    ext = pathlib.Path(photo.filename or "").suffix.lower()
    name = f"{uuid.uuid4().hex}{ext}"
    data = await photo.read(10 * 1024 * 1024 + 1)
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(413, "too large")
    async with aiofiles.open(PUBLIC / "photos" / name, "wb") as out:
        await out.write(data)
    return {"url": f"/public/photos/{name}"}
