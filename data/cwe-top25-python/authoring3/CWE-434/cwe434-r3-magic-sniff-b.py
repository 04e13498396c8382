# ---
# id: cwe434-r3-magic-sniff-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: fastapi, python-magic
# explanation: The scan upload sniffs the actual bytes with libmagic and accepts only PDF or TIFF content, then saves it with the extension that matches the detected type, so the stored file type does not depend on anything the client claims.
# ---
import uuid
from pathlib import Path

import magic
from fastapi import HTTPException, UploadFile

SCAN_DIR = Path("/data/scans")
KINDS = {"application/pdf": ".pdf", "image/tiff": ".tif"}


async def upload_scan(file: UploadFile):
    data = await file.read()
    kind = magic.from_buffer(data[:4096], mime=True)
    if kind not in KINDS:
        raise HTTPException(415, "only PDF or TIFF scans")
    path = SCAN_DIR / (uuid.uuid4().hex + KINDS[kind])
    path.write_bytes(data)
    return {"id": path.stem}
