# ---
# id: cwe78-r3-convert-document-libreoffice-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-r3-convert-document-libreoffice-v
# tags: fastapi, subprocess
# explanation: Fixed twin: the command is an argument list without shell=True, so fmt and src are passed to libreoffice as single arguments and shell metacharacters have no meaning.
# ---
import subprocess
from fastapi import APIRouter

router = APIRouter()


@router.post("/tools/convert")
def convert_document(src: str, fmt: str = "pdf"):
    result = subprocess.run(
        ["libreoffice", "--headless", "--convert-to", fmt, "--outdir", "/tmp/out", src],
        capture_output=True, text=True, timeout=120,
    )
    return {"ok": result.returncode == 0, "log": result.stdout[-2000:]}
