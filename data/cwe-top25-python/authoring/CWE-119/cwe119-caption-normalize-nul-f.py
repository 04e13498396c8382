# ---
# id: cwe119-caption-normalize-nul-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-caption-normalize-nul-v
# tags: ctypes, flask
# explanation: The buffer is now created with create_string_buffer(text), which allocates len(text) + 1 bytes including the NUL terminator, and the capacity passed is len(buf), so the routine's size argument matches the buffer exactly.
# ---
import ctypes

from flask import Flask, jsonify, request
from flask_login import login_required

subs = ctypes.CDLL("libcaption.so")
subs.caption_normalize.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
subs.caption_normalize.restype = ctypes.c_int

app = Flask(__name__)


def normalize(text: bytes) -> bytes:
    buf = ctypes.create_string_buffer(text)
    subs.caption_normalize(buf, len(buf))
    return buf.value


@app.post("/captions/normalize")
@login_required
def normalize_captions():
    lines = request.get_json().get("lines", [])[:2000]
    out = [normalize(str(line).encode("utf-8")[:500]).decode("utf-8", "replace") for line in lines]
    return jsonify(lines=out)
