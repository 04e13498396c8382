# ---
# id: cwe434-r3-content-type-header-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-r3-content-type-header-v
# tags: fastapi, aiofiles
# explanation: The stored extension is now derived from the accepted content type through a fixed mapping instead of the client's filename, so whatever the client declares, the file is saved and served as .pdf, .png or .jpg and never as HTML or script.
# ---
import os
import uuid

import aiofiles
from fastapi import HTTPException, UploadFile

PUBLIC_DIR = "/srv/app/public/files"
ACCEPTED_TYPES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


async def store_document(file: UploadFile) -> str:
    if file.content_type not in ACCEPTED_TYPES:
        raise HTTPException(415, "unsupported type")
    ext = ACCEPTED_TYPES[file.content_type]
    name = uuid.uuid4().hex + ext
    async with aiofiles.open(os.path.join(PUBLIC_DIR, name), "wb") as out:
        await out.write(await file.read())
    return "/files/" + name
