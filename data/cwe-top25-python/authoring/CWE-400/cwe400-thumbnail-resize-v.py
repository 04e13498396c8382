# ---
# id: cwe400-thumbnail-resize-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-thumbnail-resize-f
# tags: flask, pillow
# explanation: An image service resizes stored photos to a width and height given in the URL query. The dimensions are not bounded, so w=60000&h=60000 asks Pillow to allocate a multi-gigabyte bitmap per request, exhausting memory.
# ---
import io

from flask import Flask, abort, request, send_file
from PIL import Image

from .photos import open_photo

app = Flask(__name__)


def requested_size(args):
    try:
        return int(args["w"]), int(args["h"])
    except (KeyError, ValueError):
        abort(400)


@app.get("/photos/<int:photo_id>/resized")
def resized(photo_id):
    width, height = requested_size(request.args)
    with open_photo(photo_id) as fh, Image.open(fh) as img:
        out = img.convert("RGB").resize((width, height), Image.LANCZOS)  #@vuln
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=85)
    buf.seek(0)
    return send_file(buf, mimetype="image/jpeg")
