# ---
# id: cwe77-convert-ops-table-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: fastapi, subprocess, imagemagick
# explanation: An image endpoint runs ImageMagick convert with operations chosen by the client, but each operation name is looked up in a fixed table that produces the argv tokens, and the numeric parameter is parsed as an int within bounds. The client can only pick among known operations; no client text is passed to convert.
# ---
import subprocess
import tempfile
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.responses import Response

app = FastAPI()
OPERATIONS = {
    "resize": lambda n: ["-resize", f"{n}%"],
    "rotate": lambda n: ["-rotate", str(n)],
    "blur": lambda n: ["-blur", f"0x{n}"],
    "grayscale": lambda n: ["-colorspace", "Gray"],
}


@app.post("/images/edit")
async def edit(image: UploadFile, op: str, amount: int = 50):
    if op not in OPERATIONS or not 0 <= amount <= 360:
        raise HTTPException(status_code=422, detail="unsupported operation")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.img", Path(tmp) / "out.png"
        src.write_bytes(await image.read())
        subprocess.run(["convert", f"png:{src}", *OPERATIONS[op](amount), f"png:{dst}"], check=True, timeout=60)
        return Response(dst.read_bytes(), media_type="image/png")
