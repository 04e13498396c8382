# ---
# id: cwe78-identify-list-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: django, subprocess, imagemagick
# explanation: A Django view reads image dimensions by calling ImageMagick's identify through subprocess.check_output with an argument list and no shell. The uploaded file is stored under a generated name in a temporary directory, so the path is an absolute single argument and user text never reaches a shell.
# ---
import subprocess
import tempfile
from pathlib import Path

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def image_dimensions(request):
    upload = request.FILES["image"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "upload.img"
        with path.open("wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        out = subprocess.check_output(
            ["identify", "-format", "%w %h %m", str(path) + "[0]"], text=True, timeout=20
        )
    width, height, fmt = out.split()
    return JsonResponse({"width": int(width), "height": int(height), "format": fmt})
