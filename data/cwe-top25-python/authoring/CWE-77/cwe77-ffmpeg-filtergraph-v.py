# ---
# id: cwe77-ffmpeg-filtergraph-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: fastapi, subprocess, ffmpeg
# explanation: A video-editing API passes the client's "filter" string straight to ffmpeg as the -vf filtergraph. No shell is involved, but the filtergraph is its own command language: drawtext=textfile=/etc/passwd or movie=/srv/app/.env renders server files into the returned video.
# ---
import subprocess
import tempfile
from pathlib import Path

from fastapi import FastAPI, Form, UploadFile
from fastapi.responses import Response

app = FastAPI()


@app.post("/videos/filter")
async def apply_filter(video: UploadFile, filter: str = Form("scale=640:-2")):
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.mp4", Path(tmp) / "out.mp4"
        src.write_bytes(await video.read())
        subprocess.run(
            ["ffmpeg", "-nostdin", "-y", "-i", str(src), "-vf", filter, "-c:a", "copy", str(dst)],  #@vuln
            check=True,
            capture_output=True,
            timeout=600,
        )
        return Response(dst.read_bytes(), media_type="video/mp4")
