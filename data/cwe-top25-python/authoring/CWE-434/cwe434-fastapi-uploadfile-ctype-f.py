# ---
# id: cwe434-fastapi-uploadfile-ctype-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-fastapi-uploadfile-ctype-v
# tags: fastapi, aiofiles, pillow
# explanation: The photo is now identified by decoding it with Pillow; only PNG, JPEG and WebP are accepted, and the saved extension is derived from the detected format instead of the client's file name, so nothing but genuine raster images reaches the public directory.
# ---
import io
import pathlib
import uuid

import aiofiles
from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.staticfiles import StaticFiles
from PIL import Image, UnidentifiedImageError

PUBLIC = pathlib.Path("public")
EXT_FOR = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp"}
app = FastAPI()
app.mount("/public", StaticFiles(directory=PUBLIC), name="public")


@app.post("/products/{sku}/photos")
async def add_photo(sku: str, photo: UploadFile = File(...)):
    data = await photo.read(10 * 1024 * 1024 + 1)
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(413, "too large")
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
            ext = EXT_FOR.get(img.format)
    except (UnidentifiedImageError, OSError):
        ext = None
    if ext is None:
        raise HTTPException(415, "images only")
    name = f"{uuid.uuid4().hex}{ext}"
    async with aiofiles.open(PUBLIC / "photos" / name, "wb") as out:
        await out.write(data)
    return {"url": f"/public/photos/{name}"}
