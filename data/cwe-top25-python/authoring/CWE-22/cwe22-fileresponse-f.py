# ---
# id: cwe22-fileresponse-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-fileresponse-v
# tags: fastapi, starlette
# explanation: The artifact route now resolves the full path and compares os.path.commonpath with the resolved build directory before returning it. Any path that escapes the build's folder is answered with 404.
# ---
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="artifact-cache")
ARTIFACTS = os.environ.get("ARTIFACT_DIR", "/var/cache/artifacts")


@app.get("/artifacts/{build_id}/{path:path}")
async def get_artifact(build_id: int, path: str):
    base = os.path.realpath(os.path.join(ARTIFACTS, str(build_id)))
    full = os.path.realpath(os.path.join(base, path))
    if os.path.commonpath([base, full]) != base or not os.path.isfile(full):
        raise HTTPException(status_code=404, detail="artifact not found")
    return FileResponse(full, filename=os.path.basename(full))
