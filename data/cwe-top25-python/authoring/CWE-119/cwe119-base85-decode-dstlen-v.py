# ---
# id: cwe119-base85-decode-dstlen-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-base85-decode-dstlen-f
# tags: ctypes, flask
# explanation: An attachment service decodes Base85 payloads with a C codec whose signature is decode(src, src_len, dst, dst_cap). The output buffer is sized from the "size" the client declares, but dst_cap is passed as the worst-case bound computed from the input, so the codec's size contract with the buffer is broken and large inputs make it operate beyond the buffer.
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
    bound = len(text) * 4 // 5 + 4
    n = codec.b85_decode(text, len(text), out, bound)  #@vuln
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
