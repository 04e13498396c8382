# ---
# id: cwe78-r3-ffprobe-duration-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-r3-ffprobe-duration-f
# tags: subprocess
# explanation: A media helper runs ffprobe on a path; the path is the name of an uploaded file kept from the client. Wrapping it in single quotes inside a shell string does not help: a filename containing a quote ("a'; rm -rf ~; '.mp4") ends the quoting and runs extra shell commands.
# ---
import subprocess


def get_video_duration(path):
    """Return the duration of a media file in seconds using ffprobe."""
    cmd = ("ffprobe -v error -show_entries format=duration "
           "-of default=noprint_wrappers=1:nokey=1 '%s'" % path)
    out = subprocess.check_output(cmd, shell=True)  #@vuln
    return float(out.strip() or 0)
