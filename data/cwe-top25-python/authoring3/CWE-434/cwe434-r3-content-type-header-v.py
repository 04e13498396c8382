# ---
# id: cwe434-r3-content-type-header-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-r3-content-type-header-f
# tags: fastapi, aiofiles
# explanation: The document endpoint decides whether an upload is allowed by the Content-Type the client declared for the part, which the client sets freely, then stores it under its own extension in the public files directory. Uploading `page.html` declared as application/pdf gets an HTML file served from the app origin.
# ---
import os
import uuid

import aiofiles
from fastapi import HTTPException, UploadFile

PUBLIC_DIR = "/srv/app/public/files"
ACCEPTED_TYPES = {"application/pdf", "image/png", "image/jpeg"}


async def store_document(file: UploadFile) -> str:
    if file.content_type not in ACCEPTED_TYPES:  #@vuln
        raise HTTPException(415, "unsupported type")
    ext = os.path.splitext(file.filename or "")[1].lower()
    name = uuid.uuid4().hex + ext
    async with aiofiles.open(os.path.join(PUBLIC_DIR, name), "wb") as out:
        await out.write(await file.read())
    return "/files/" + name
