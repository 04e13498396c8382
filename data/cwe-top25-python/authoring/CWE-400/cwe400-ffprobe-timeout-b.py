# ---
# id: cwe400-ffprobe-timeout-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: subprocess, json
# explanation: A media library inspects uploaded videos with ffprobe run through subprocess.run with an argument list, a 20 second timeout and a cap on how much output is parsed. A malformed file that makes ffprobe hang is killed, and the process never blocks a worker indefinitely.
# ---
import json
import subprocess


class ProbeError(Exception):
    pass


def probe(path: str) -> dict:
    try:
        proc = subprocess.run(
            ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
            capture_output=True,
            timeout=20,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ProbeError("ffprobe timed out")
    if proc.returncode != 0:
        raise ProbeError(proc.stderr.decode("utf-8", "replace")[:500])
    if len(proc.stdout) > 1_000_000:
        raise ProbeError("ffprobe output too large")
    info = json.loads(proc.stdout)
    video = next((s for s in info.get("streams", []) if s.get("codec_type") == "video"), {})
    return {"duration": float(info.get("format", {}).get("duration", 0)), "width": video.get("width")}
