# ---
# id: cwe119-box-blur-stride-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-box-blur-stride-f
# tags: ctypes, flask, pillow
# explanation: An image-effects endpoint runs a C box blur in place over an RGBA buffer. The row stride passed to the C routine comes from a request parameter (meant for padded layouts) instead of width*4, so a larger stride makes the blur read and write rows beyond the end of the pixel buffer.
# ---
import ctypes
import io

from flask import Flask, request, send_file
from PIL import Image

fx = ctypes.CDLL("libfxblur.so")
fx.box_blur_rgba.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]
app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


@app.post("/fx/blur")
def blur():
    img = Image.open(request.files["image"]).convert("RGBA")
    img.thumbnail((1024, 1024))
    width, height = img.size
    pixels = ctypes.create_string_buffer(img.tobytes(), width * height * 4)
    stride = int(request.args.get("stride", width * 4))
    radius = max(1, min(int(request.args.get("radius", 3)), 25))
    fx.box_blur_rgba(pixels, width, height, stride, radius)  #@vuln
    out = Image.frombytes("RGBA", (width, height), pixels.raw)
    buf = io.BytesIO()
    out.save(buf, "PNG")
    buf.seek(0)
    return send_file(buf, mimetype="image/png")
