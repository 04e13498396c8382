# ---
# id: cwe78-r3-convert-document-libreoffice-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-r3-convert-document-libreoffice-f
# tags: fastapi, subprocess
# explanation: A FastAPI endpoint converts a document with LibreOffice; `src` and `fmt` are query parameters from the client. They are concatenated into one shell string run with shell=True, so '; id' or '$(...)' in either parameter executes commands on the server.
# ---
import subprocess
from fastapi import APIRouter

router = APIRouter()


@router.post("/tools/convert")
def convert_document(src: str, fmt: str = "pdf"):
    result = subprocess.run(
        "libreoffice --headless --convert-to " + fmt + " --outdir /tmp/out " + src,  #@vuln
        shell=True, capture_output=True, text=True, timeout=120,
    )
    return {"ok": result.returncode == 0, "log": result.stdout[-2000:]}
