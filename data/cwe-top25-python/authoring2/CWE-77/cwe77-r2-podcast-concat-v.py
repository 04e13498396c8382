# ---
# id: cwe77-r2-podcast-concat-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: fastapi, ffmpeg, subprocess
# explanation: A podcast tool stitches recorded segments with ffmpeg's concat demuxer. It writes a list file of "file", "inpoint" and "outpoint" directives, which ffmpeg interprets as a script; the trim points are taken from the JSON request as free strings, so a start value like "0\nfile '/etc/passwd'" adds its own directives and makes ffmpeg read arbitrary files into the published episode. Segment paths come from integer ids and ffmpeg is started without a shell.
# ---
import logging
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import List, Optional

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

router = APIRouter(prefix="/episodes")
log = logging.getLogger("podcast.concat")

SEGMENT_DIR = Path("/srv/podcast/segments")
OUTPUT_DIR = Path("/srv/podcast/episodes")


class Segment(BaseModel):
    id: int
    start: Optional[str] = None
    end: Optional[str] = None


class ConcatRequest(BaseModel):
    title: str = Field(max_length=120)
    segments: List[Segment] = Field(min_length=1, max_length=40)


def write_list(list_path: Path, segments: List[Segment]) -> None:
    lines = ["ffconcat version 1.0"]
    for seg in segments:
        lines.append(f"file '{SEGMENT_DIR / f'{seg.id}.mp3'}'")
        if seg.start:
            lines.append(f"inpoint {seg.start}")  #@vuln
        if seg.end:
            lines.append(f"outpoint {seg.end}")  #@vuln
    list_path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@router.post("/concat")
def concat_episode(req: ConcatRequest) -> dict:
    missing = [s.id for s in req.segments if not (SEGMENT_DIR / f"{s.id}.mp3").is_file()]
    if missing:
        raise HTTPException(status_code=404, detail=f"unknown segments: {missing[:3]}")
    out = OUTPUT_DIR / f"{uuid.uuid4().hex}.mp3"
    with tempfile.TemporaryDirectory() as tmp:
        list_path = Path(tmp) / "segments.txt"
        write_list(list_path, req.segments)
        argv = ["ffmpeg", "-hide_banner", "-y", "-f", "concat", "-safe", "0", "-i", str(list_path),
                "-c", "copy", "-metadata", f"title={req.title}", str(out)]
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        log.error("concat failed: %s", proc.stderr[-500:])
        raise HTTPException(status_code=500, detail="ffmpeg failed")
    log.info("episode %s built from %d segments", out.name, len(req.segments))
    return {"episode": out.name, "segments": len(req.segments)}
