# ---
# id: cwe78-r2-thumbnail-task-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-r2-thumbnail-task-v
# tags: celery, imagemagick, os
# explanation: The thumbnail task now calls ImageMagick with subprocess.run() and an argument list, without a shell, so the user-chosen stem in the output filename is passed to convert as one argument and shell metacharacters in it have no effect.
# ---
import logging
import os
import subprocess
from pathlib import Path

from celery import Celery

app = Celery("media", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("media.thumbs")

MEDIA_ROOT = Path("/var/lib/media")
SIZES = {"small": "160x160", "medium": "480x480", "large": "1024x1024"}


def stored_path(upload_id: int) -> Path:
    return MEDIA_ROOT / "originals" / f"{upload_id:08d}"


def thumb_dir(upload_id: int) -> Path:
    path = MEDIA_ROOT / "thumbs" / f"{upload_id % 256:02x}"
    path.mkdir(parents=True, exist_ok=True)
    return path


@app.task(bind=True, max_retries=2)
def make_thumbnails(self, upload_id: int, original_name: str) -> dict:
    src = stored_path(upload_id)
    if not src.exists():
        log.error("upload %s missing on disk", upload_id)
        return {}
    stem = Path(original_name).stem or "image"
    made = {}
    for label, geometry in SIZES.items():
        out = thumb_dir(upload_id) / f"{upload_id}-{stem}-{label}.jpg"
        status = subprocess.run(
            ["convert", str(src), "-thumbnail", geometry, "-strip", "-quality", "82", str(out)]
        ).returncode
        if status != 0:
            log.warning("convert failed for %s (%s): %s", upload_id, label, status)
            raise self.retry(countdown=30)
        made[label] = str(out.relative_to(MEDIA_ROOT))
    log.info("thumbnails for %s: %s", upload_id, ", ".join(made))
    return made
