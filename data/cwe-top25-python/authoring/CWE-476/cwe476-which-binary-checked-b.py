# ---
# id: cwe476-which-binary-checked-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: shutil, subprocess
# explanation: A thumbnailing helper locates the ImageMagick binary with shutil.which, which returns None when it is not installed; the code checks for None and raises a clear error before building the argument list, and runs the command with a list and a timeout.
# ---
"""Thumbnail generation via ImageMagick."""

import shutil
import subprocess


class ToolMissing(RuntimeError):
    pass


def magick_path() -> str:
    path = shutil.which("magick") or shutil.which("convert")
    if path is None:
        raise ToolMissing("ImageMagick is not installed (need 'magick' or 'convert' on PATH)")
    return path


def thumbnail(src: str, dest: str, size: int = 256) -> None:
    size = max(16, min(size, 1024))
    subprocess.run(
        [magick_path(), src, "-auto-orient", "-thumbnail", f"{size}x{size}", "-strip", dest],
        check=True,
        timeout=30,
    )
