# ---
# id: cwe77-git-clone-url-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-git-clone-url-f
# tags: fastapi, subprocess, git
# explanation: A CI service imports a repository by running git clone with the URL from the request, using an argument list without a shell. The list prevents shell injection but not option injection: a "URL" such as "--upload-pack=touch /tmp/pwned" is read by git as an option and runs the given command.
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
    subprocess.run(["git", "clone", "--depth", "1", repo_url, str(dest)], check=True, timeout=300)  #@vuln


@app.post("/imports")
def import_repo(req: ImportRequest):
    dest = WORKDIR / uuid.uuid4().hex
    try:
        clone(req.repo_url, dest)
    except subprocess.CalledProcessError:
        raise HTTPException(status_code=422, detail="clone failed")
    return {"id": dest.name, "files": sum(1 for _ in dest.rglob("*") if _.is_file())}
