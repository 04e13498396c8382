# ---
# id: cwe400-r3-thumbnail-dimensions-v
# cwe: CWE-400
# vulnerable: true
# twin: none
# tags: pillow, flask
# explanation: The thumbnail route resizes a stored image to the width and height given in the query string with no upper limit. Asking for 100000x100000 makes Pillow allocate tens of gigabytes for the output image and takes the worker down.
# ---
import io

from flask import request, send_file
from PIL import Image


def thumbnail(image_id):
    w = int(request.args.get("w", 128))
    h = int(request.args.get("h", 128))
    img = Image.open(image_path(image_id))
    out = img.resize((w, h), Image.LANCZOS)  #@vuln
    buf = io.BytesIO()
    out.save(buf, format="PNG")
    buf.seek(0)
    return send_file(buf, mimetype="image/png")
