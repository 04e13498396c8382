# ---
# id: cwe78-ffprobe-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-ffprobe-v
# tags: fastapi, subprocess, ffmpeg
# explanation: ffprobe now runs from an argument list without a shell, and the endpoint only accepts http(s) URLs, which cannot begin with an option dash. The URL reaches ffprobe as one argv entry, so quotes and semicolons in it mean nothing to a shell.
# ---
import json
import subprocess

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


def probe(url: str) -> dict:
    cmd = ["ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", "-show_streams", url]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    out, _ = proc.communicate(timeout=30)
    if proc.returncode != 0:
        raise HTTPException(status_code=422, detail="could not read media")
    return json.loads(out)


@app.get("/media/info")
def media_info(url: str = Query(..., max_length=2048, pattern=r"^https?://")):
    data = probe(url)
    fmt = data.get("format", {})
    return {"duration": float(fmt.get("duration", 0)), "streams": len(data.get("streams", []))}
