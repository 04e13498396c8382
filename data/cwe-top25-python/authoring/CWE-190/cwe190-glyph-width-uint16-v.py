# ---
# id: cwe190-glyph-width-uint16-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-glyph-width-uint16-f
# tags: ctypes, flask
# explanation: A banner-rendering endpoint passes the requested width to a C rasterizer whose API takes uint16 dimensions, converting it with ctypes.c_uint16(width).value and sizing the pixel buffer from that truncated value. The copy-out loop still walks rows of the original width, so w=65600 (truncated to 64) makes string_at read about a thousand times past the end of the buffer; the silent wraparound makes the two sizes disagree.
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
    if width <= 0 or width * height > 8_000_000:
        return Response("bad size", status=400)
    c_width = ctypes.c_uint16(width).value  #@vuln
    buf = ctypes.create_string_buffer(c_width * height)
    raster.render_text(text.encode(), c_width, height, buf)
    rows = [ctypes.string_at(ctypes.addressof(buf) + y * width, width) for y in range(height)]
    return Response(b"".join(rows), mimetype="application/octet-stream")
