# ---
# id: cwe78-r2-transcode-worker-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-r2-transcode-worker-f
# tags: asyncio, ffmpeg
# explanation: An asyncio worker pulls transcode jobs (JSON from a Redis list filled by the public upload API) and runs ffmpeg with asyncio.create_subprocess_shell(). The job's 'title' metadata goes into the command line inside double quotes, which the shell still expands, so a title containing $(...) or a closing quote runs commands on the worker host.
# ---
import asyncio
import json
import logging
import os
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
    cmd = f'ffmpeg -y -i {src} {preset} -metadata title="{title}" {dst}'  #@vuln
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
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
