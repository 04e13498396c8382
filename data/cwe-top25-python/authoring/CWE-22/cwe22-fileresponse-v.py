# ---
# id: cwe22-fileresponse-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-fileresponse-f
# tags: fastapi, starlette
# explanation: A FastAPI route with a {path:path} parameter serves build artifacts by concatenating the path onto the artifact directory and returning a FileResponse. The path converter accepts slashes and "..", so "/artifacts/../../../root/.ssh/id_rsa" escapes the directory.
# ---
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="artifact-cache")
ARTIFACTS = os.environ.get("ARTIFACT_DIR", "/var/cache/artifacts")


@app.get("/artifacts/{build_id}/{path:path}")
async def get_artifact(build_id: int, path: str):
    full = os.path.join(ARTIFACTS, str(build_id), path)
    if not os.path.isfile(full):
        raise HTTPException(status_code=404, detail="artifact not found")
    return FileResponse(full, filename=os.path.basename(full))  #@vuln
