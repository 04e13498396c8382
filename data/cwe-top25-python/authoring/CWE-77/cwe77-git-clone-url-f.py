# ---
# id: cwe77-git-clone-url-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-git-clone-url-v
# tags: fastapi, subprocess, git
# explanation: The clone now requires an https:// URL and puts "--" before the positional arguments, so git treats the value strictly as a repository URL and never as an option such as --upload-pack.
# ---
import subprocess
import tempfile
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
WORKDIR = Path(tempfile.gettempdir()) / "ci-imports"


class ImportRequest(BaseModel):
    repo_url: str
    branch: str = "main"


def clone(repo_url: str, dest: Path) -> None:
    if not repo_url.startswith("https://"):
        raise HTTPException(status_code=422, detail="only https repository URLs are supported")
    subprocess.run(["git", "clone", "--depth", "1", "--", repo_url, str(dest)], check=True, timeout=300)


@app.post("/imports")
def import_repo(req: ImportRequest):
    dest = WORKDIR / uuid.uuid4().hex
    try:
        clone(req.repo_url, dest)
    except subprocess.CalledProcessError:
        raise HTTPException(status_code=422, detail="clone failed")
    return {"id": dest.name, "files": sum(1 for _ in dest.rglob("*") if _.is_file())}
