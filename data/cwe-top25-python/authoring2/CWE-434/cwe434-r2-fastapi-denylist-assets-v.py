# ---
# id: cwe434-r2-fastapi-denylist-assets-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: fastapi, starlette, aiofiles
# explanation: A FastAPI knowledge-base service lets any signed-in author upload assets into the directory mounted by StaticFiles at /assets on the main domain. The check is a deny list of executable extensions, which leaves .html, .svg and .js allowed, so an author can publish an HTML or SVG file with script that runs in every reader's session on the application's origin.
# ---
import logging
import re
import uuid
from pathlib import Path

import aiofiles
from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from fastapi.staticfiles import StaticFiles

from .auth import Author, require_author

log = logging.getLogger("kb.assets")

ASSET_ROOT = Path("/var/lib/kb/assets")
BLOCKED_EXTENSIONS = {".exe", ".dll", ".sh", ".bat", ".php", ".py", ".jar"}
CHUNK = 1024 * 1024
MAX_ASSET = 20 * CHUNK
STEM_RE = re.compile(r"[^a-z0-9-]+")

app = FastAPI(title="Knowledge base")
app.mount("/assets", StaticFiles(directory=ASSET_ROOT), name="assets")


def stored_name(original: str) -> str:
    path = Path(original)
    stem = STEM_RE.sub("-", path.stem.lower()).strip("-")[:40] or "asset"
    return f"{stem}-{uuid.uuid4().hex[:8]}{path.suffix.lower()}"


@app.post("/api/assets", status_code=201)
async def upload_asset(file: UploadFile = File(...), author: Author = Depends(require_author)):
    if Path(file.filename or "").suffix.lower() in BLOCKED_EXTENSIONS:
        raise HTTPException(status_code=415, detail="file type not allowed")
    name = stored_name(file.filename or "asset")
    target = ASSET_ROOT / name
    written = 0
    async with aiofiles.open(target, "wb") as out:  #@vuln
        while chunk := await file.read(CHUNK):
            written += len(chunk)
            if written > MAX_ASSET:
                await out.close()
                target.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="asset too large")
            await out.write(chunk)
    log.info("author %s uploaded %s (%d bytes)", author.id, name, written)
    return {"url": f"/assets/{name}", "bytes": written}
