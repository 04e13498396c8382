# ---
# id: cwe190-glyph-width-uint16-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-glyph-width-uint16-v
# tags: ctypes, flask
# explanation: The endpoint now rejects widths above 4096, well inside the rasterizer's uint16 range, so the width passed to C, the buffer size and the copy-out loop all use the same value.
# ---
import ctypes

from flask import Flask, Response, request

raster = ctypes.CDLL("libbannerraster.so")
raster.render_text.argtypes = [ctypes.c_char_p, ctypes.c_uint16, ctypes.c_uint16, ctypes.c_void_p]
app = Flask(__name__)


@app.get("/banner.raw")
def banner():
    text = request.args.get("text", "")[:64]
    width = int(request.args.get("w", "600"))
    height = 64
    if not 0 < width <= 4096:
        return Response("bad size", status=400)
    c_width = ctypes.c_uint16(width).value
    buf = ctypes.create_string_buffer(c_width * height)
    raster.render_text(text.encode(), c_width, height, buf)
    rows = [ctypes.string_at(ctypes.addressof(buf) + y * width, width) for y in range(height)]
    return Response(b"".join(rows), mimetype="application/octet-stream")
