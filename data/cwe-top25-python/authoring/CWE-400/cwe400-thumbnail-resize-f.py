# ---
# id: cwe400-thumbnail-resize-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-thumbnail-resize-v
# tags: flask, pillow
# explanation: The resize endpoint now rejects widths or heights outside 1..2048 pixels, so the largest bitmap Pillow can be asked to allocate is a few megabytes. Memory per request is bounded.
# ---
import io

from flask import Flask, abort, request, send_file
from PIL import Image

from .photos import open_photo

app = Flask(__name__)
MAX_SIDE = 2048


def requested_size(args):
    try:
        width, height = int(args["w"]), int(args["h"])
    except (KeyError, ValueError):
        abort(400)
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        abort(400)
    return width, height


@app.get("/photos/<int:photo_id>/resized")
def resized(photo_id):
    width, height = requested_size(request.args)
    with open_photo(photo_id) as fh, Image.open(fh) as img:
        out = img.convert("RGB").resize((width, height), Image.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=85)
    buf.seek(0)
    return send_file(buf, mimetype="image/jpeg")
