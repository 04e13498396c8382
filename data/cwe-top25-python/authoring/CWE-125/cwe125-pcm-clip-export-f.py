# ---
# id: cwe125-pcm-clip-export-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-pcm-clip-export-v
# tags: ctypes, flask
# explanation: clip_bytes() now rejects clips whose start is negative or whose end passes rec_size(), the recording's length in the engine, so memmove only reads from inside the recording buffer.
# ---
import ctypes

from flask import Flask, Response, abort, request
from flask_login import current_user, login_required

engine = ctypes.CDLL("libpodengine.so")
engine.rec_data.restype = ctypes.c_void_p
engine.rec_data.argtypes = [ctypes.c_int]
engine.rec_size.restype = ctypes.c_size_t
engine.rec_size.argtypes = [ctypes.c_int]

BYTES_PER_SEC = 48000 * 2 * 2
app = Flask(__name__)


def clip_bytes(rec_id: int, start_s: float, length_s: float) -> bytes:
    start = int(start_s * BYTES_PER_SEC) & ~3
    count = int(length_s * BYTES_PER_SEC) & ~3
    if start < 0 or count < 0 or start + count > engine.rec_size(rec_id):
        abort(416)
    base = engine.rec_data(rec_id)
    if not base:
        abort(404)
    out = ctypes.create_string_buffer(count)
    ctypes.memmove(out, base + start, count)
    return out.raw


@app.get("/recordings/<int:rec_id>/clip")
@login_required
def export_clip(rec_id):
    if rec_id not in current_user.recording_ids:
        abort(404)
    data = clip_bytes(rec_id, float(request.args["start"]), float(request.args["len"]))
    return Response(data, mimetype="audio/L16")
