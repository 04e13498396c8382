# ---
# id: cwe78-r3-ffprobe-duration-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-r3-ffprobe-duration-v
# tags: subprocess
# explanation: Fixed twin: ffprobe is run with an argument list and no shell, and '--' ends option parsing, so the filename is one argv entry whatever characters it contains.
# ---
import subprocess


def get_video_duration(path):
    """Return the duration of a media file in seconds using ffprobe."""
    cmd = ["ffprobe", "-v", "error", "-show_entries", "format=duration",
           "-of", "default=noprint_wrappers=1:nokey=1", "--", path]
    out = subprocess.check_output(cmd)
    return float(out.strip() or 0)
