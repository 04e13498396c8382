# ---
# id: cwe200-r3-error-ref-id-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: fastapi
# explanation: FastAPI exception handler that logs the exception with a generated reference and returns only that reference; the traceback never leaves the server.
# ---
import logging
import uuid

from fastapi import Request
from fastapi.responses import JSONResponse

logger = logging.getLogger(__name__)


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    ref = uuid.uuid4().hex
    logger.exception("unhandled error ref=%s path=%s", ref, request.url.path)
    return JSONResponse({"error": "internal server error", "ref": ref}, status_code=500)
