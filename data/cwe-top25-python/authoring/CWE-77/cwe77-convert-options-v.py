# ---
# id: cwe77-convert-options-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: django, subprocess, imagemagick, shlex
# explanation: An image-editing API accepts an "options" string of ImageMagick operations from the client, splits it with shlex and inserts the pieces into a convert argument list. No shell is used, but the client can pass any convert option, e.g. "-write /srv/app/static/x.php" or text:/etc/passwd inputs, to read and write arbitrary files.
# ---
import shlex
import subprocess
import tempfile
from pathlib import Path

from django.http import FileResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST


@require_POST
def transform_image(request):
    upload = request.FILES.get("image")
    if upload is None:
        return HttpResponseBadRequest("image required")
    options = shlex.split(request.POST.get("options", "-resize 50%"))
    tmp = Path(tempfile.mkdtemp())
    src, dst = tmp / "in.png", tmp / "out.png"
    src.write_bytes(upload.read())
    subprocess.run(["convert", str(src), *options, str(dst)], check=True, timeout=60)  #@vuln
    return FileResponse(dst.open("rb"), content_type="image/png")
