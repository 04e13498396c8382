# ---
# id: cwe78-thumbnail-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-thumbnail-f
# tags: flask, subprocess, imagemagick
# explanation: After an upload, the app builds an ImageMagick convert command line containing the original client filename and runs it with shell=True. A filename like "a.png;curl x|sh;.png" is interpreted by the shell, giving command execution.
# ---
import os
import subprocess
import uuid
from flask import Flask, request, jsonify

app = Flask(__name__)
MEDIA_ROOT = "/srv/media"


def make_thumbnail(src_path, size="256x256"):
    base, ext = os.path.splitext(src_path)
    thumb = f"{base}_thumb{ext}"
    subprocess.run(f"convert '{src_path}' -thumbnail {size} '{thumb}'", shell=True, check=True)  #@vuln
    return thumb


@app.post("/photos")
def upload_photo():
    f = request.files["photo"]
    folder = os.path.join(MEDIA_ROOT, uuid.uuid4().hex)
    os.makedirs(folder)
    src = os.path.join(folder, os.path.basename(f.filename))
    f.save(src)
    thumb = make_thumbnail(src)
    return jsonify(original=src, thumbnail=thumb), 201
