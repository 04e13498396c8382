# ---
# id: cwe434-fastapi-reencode-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: fastapi, pillow
# explanation: The FastAPI avatar endpoint reads at most 4 MB, decodes the bytes with Pillow and re-encodes them as a fresh PNG, which it saves under a server-chosen name ending in .png. Whatever the client sent (name, content type, embedded markup), what reaches the public directory is a newly generated PNG.
# ---
import io
import pathlib

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

from .auth import current_user

AVATARS = pathlib.Path("static/avatars")
LIMIT = 4 * 1024 * 1024
app = FastAPI()


@app.put("/me/avatar")
async def set_avatar(file: UploadFile = File(...), user=Depends(current_user)):
    raw = await file.read(LIMIT + 1)
    if len(raw) > LIMIT:
        raise HTTPException(413, "avatar too large")
    try:
        with Image.open(io.BytesIO(raw)) as img:
            img = img.convert("RGBA")
            img.thumbnail((512, 512))
            out = io.BytesIO()
            img.save(out, format="PNG")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise HTTPException(415, "not an image")
    target = AVATARS / f"{user.id}.png"
    target.write_bytes(out.getvalue())
    return {"url": f"/static/avatars/{user.id}.png"}
