# ---
# id: cwe77-ffmpeg-metadata-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: celery, subprocess, ffmpeg
# explanation: A podcast publishing task tags episodes with ffmpeg, passing user-entered title and artist as "-metadata" values. Each value is embedded in a single "key=value" argv element that directly follows -metadata, so a title beginning with "-" is still just metadata, and the paths are absolute files chosen by the task.
# ---
import subprocess
from pathlib import Path

from celery import shared_task

from podcasts.models import Episode

MEDIA = Path("/srv/podcasts/media")


@shared_task
def tag_episode(episode_id: int) -> str:
    ep = Episode.objects.select_related("show").get(pk=episode_id)
    src = MEDIA / "raw" / f"{ep.pk}.mp3"
    dst = MEDIA / "published" / f"{ep.show.slug}-{ep.number:04d}.mp3"
    subprocess.run(
        [
            "ffmpeg", "-y", "-loglevel", "error", "-i", str(src),
            "-metadata", f"title={ep.title}",
            "-metadata", f"artist={ep.show.author_name}",
            "-metadata", f"track={ep.number}",
            "-codec", "copy", str(dst),
        ],
        check=True,
        timeout=300,
    )
    return str(dst)
