# ---
# id: cwe78-thumbnail-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-thumbnail-v
# tags: flask, subprocess, imagemagick
# explanation: The thumbnail step now calls convert with an argument list and no shell. The path is an absolute path under the media root, so it is passed as one argument and shell metacharacters in the client filename have no effect.
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
    subprocess.run(["convert", src_path, "-thumbnail", size, thumb], check=True)
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
