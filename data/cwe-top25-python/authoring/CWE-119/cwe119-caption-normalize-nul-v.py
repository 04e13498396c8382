# ---
# id: cwe119-caption-normalize-nul-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-caption-normalize-nul-f
# tags: ctypes, flask
# explanation: A subtitle service normalizes captions in place with a C routine that takes a buffer and its capacity including the terminating NUL. The caption is copied with create_string_buffer(text, len(text)), which leaves no room for the terminator, but the capacity is passed as len(text) + 1, so the routine reads and writes one byte past the buffer.
# ---
import ctypes

from flask import Flask, jsonify, request
from flask_login import login_required

subs = ctypes.CDLL("libcaption.so")
subs.caption_normalize.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
subs.caption_normalize.restype = ctypes.c_int

app = Flask(__name__)


def normalize(text: bytes) -> bytes:
    buf = ctypes.create_string_buffer(text, len(text))
    subs.caption_normalize(buf, len(text) + 1)  #@vuln
    return buf.value


@app.post("/captions/normalize")
@login_required
def normalize_captions():
    lines = request.get_json().get("lines", [])[:2000]
    out = [normalize(str(line).encode("utf-8")[:500]).decode("utf-8", "replace") for line in lines]
    return jsonify(lines=out)
