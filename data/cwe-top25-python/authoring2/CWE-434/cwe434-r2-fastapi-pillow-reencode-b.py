# ---
# id: cwe434-r2-fastapi-pillow-reencode-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: fastapi, pillow
# explanation: A FastAPI endpoint accepts an uploaded picture, opens it with Pillow, refuses formats other than JPEG, PNG and WebP, and re-encodes the decoded pixels as a new PNG under a UUID name in the public thumbnails folder. The stored file is produced by the server, always has the .png extension and holds only image data, so nothing the client sent is served verbatim.
# ---
import io
import logging
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

from .auth import User, current_user

router = APIRouter(prefix="/media")
log = logging.getLogger(__name__)

PUBLIC_DIR = Path("/srv/app/public/thumbs")
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_INPUT = 10 * 1024 * 1024
THUMB_SIZE = (512, 512)
Image.MAX_IMAGE_PIXELS = 40_000_000


def make_thumbnail(raw: bytes) -> bytes:
    with Image.open(io.BytesIO(raw)) as img:
        if img.format not in ACCEPTED_FORMATS:
            raise ValueError(f"unsupported format {img.format}")
        img = img.convert("RGBA")
        img.thumbnail(THUMB_SIZE)
        out = io.BytesIO()
        img.save(out, format="PNG", optimize=True)
        return out.getvalue()


@router.post("/thumbnails", status_code=201)
async def upload_thumbnail(file: UploadFile = File(...), user: User = Depends(current_user)):
    raw = await file.read(MAX_INPUT + 1)
    if len(raw) > MAX_INPUT:
        raise HTTPException(status_code=413, detail="image too large")
    try:
        png = make_thumbnail(raw)
    except (UnidentifiedImageError, ValueError, OSError) as exc:
        raise HTTPException(status_code=415, detail=f"not an accepted image: {exc}")
    name = f"{uuid.uuid4().hex}.png"
    (PUBLIC_DIR / name).write_bytes(png)
    log.info("user %s uploaded thumbnail %s (%d bytes in, %d out)", user.id, name, len(raw), len(png))
    return {"url": f"/thumbs/{name}"}
