# ---
# id: cwe78-r2-transcode-worker-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-r2-transcode-worker-v
# tags: asyncio, ffmpeg
# explanation: The worker now builds an argument list (the preset flags are split from the constant PRESETS table) and starts ffmpeg with asyncio.create_subprocess_exec(), so the job's title reaches ffmpeg as a single argv entry and no shell ever parses it.
# ---
import asyncio
import json
import logging
import os
import shlex
from typing import Optional

import redis.asyncio as aioredis

log = logging.getLogger("transcoder")

QUEUE = "jobs:transcode"
OUT_DIR = "/data/renditions"
PRESETS = {"720p": "-vf scale=-2:720 -b:v 2500k", "1080p": "-vf scale=-2:1080 -b:v 5000k"}


async def next_job(r: aioredis.Redis) -> Optional[dict]:
    item = await r.blpop(QUEUE, timeout=5)
    if item is None:
        return None
    try:
        return json.loads(item[1])
    except json.JSONDecodeError:
        log.warning("dropping malformed job %r", item[1][:200])
        return None


async def transcode(job: dict) -> int:
    preset = PRESETS.get(job.get("preset"), PRESETS["720p"])
    src = os.path.join("/data/uploads", f"{int(job['video_id'])}.mp4")
    dst = os.path.join(OUT_DIR, f"{int(job['video_id'])}-{job.get('preset', '720p')}.mp4")
    title = job.get("title", "")
    argv = ["ffmpeg", "-y", "-i", src, *shlex.split(preset), "-metadata", f"title={title}", dst]
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    if proc.returncode:
        log.error("ffmpeg failed for %s: %s", job["video_id"], err.decode(errors="replace")[-500:])
    return proc.returncode


async def worker(name: str) -> None:
    r = aioredis.from_url(os.environ.get("REDIS_URL", "redis://localhost"))
    while True:
        job = await next_job(r)
        if job is None:
            continue
        code = await transcode(job)
        await r.hset(f"job:{job['video_id']}", mapping={"status": "done" if code == 0 else "failed", "worker": name})


async def main(concurrency: int = 2) -> None:
    await asyncio.gather(*(worker(f"w{i}") for i in range(concurrency)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
