# ---
# id: cwe119-base85-decode-dstlen-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-base85-decode-dstlen-v
# tags: ctypes, flask
# explanation: The codec is now told the real capacity of the output buffer (len(out)), so it stops with an error instead of decoding past the end when the input expands to more than the client declared.
# ---
import ctypes

from flask import Flask, abort, request
from flask_login import login_required

codec = ctypes.CDLL("libb85.so")
codec.b85_decode.restype = ctypes.c_ssize_t
codec.b85_decode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024


def decode_b85(text: bytes, declared: int) -> bytes:
    out = ctypes.create_string_buffer(declared)
    n = codec.b85_decode(text, len(text), out, len(out))
    if n < 0:
        abort(400)
    return out.raw[:n]


@app.post("/attachments/decode")
@login_required
def decode_attachment():
    declared = int(request.headers.get("X-Decoded-Size", "0"))
    if not 0 < declared <= 3 * 1024 * 1024:
        abort(400)
    return decode_b85(request.get_data(), declared)
