# ---
# id: cwe78-ffprobe-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-ffprobe-f
# tags: fastapi, subprocess, ffmpeg
# explanation: A media API probes a user-supplied stream URL with ffprobe, wrapping the URL in single quotes inside a shell command. Quoting by hand does not help: a URL containing "'; id; '" closes the quotes and the shell runs the injected command.
# ---
import json
import subprocess

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


def probe(url: str) -> dict:
    cmd = "ffprobe -v quiet -print_format json -show_format -show_streams '%s'" % url
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)  #@vuln
    out, _ = proc.communicate(timeout=30)
    if proc.returncode != 0:
        raise HTTPException(status_code=422, detail="could not read media")
    return json.loads(out)


@app.get("/media/info")
def media_info(url: str = Query(..., max_length=2048)):
    data = probe(url)
    fmt = data.get("format", {})
    return {"duration": float(fmt.get("duration", 0)), "streams": len(data.get("streams", []))}
