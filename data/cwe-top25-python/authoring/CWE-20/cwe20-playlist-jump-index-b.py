# ---
# id: cwe20-playlist-jump-index-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: flask, flask-login
# explanation: A radio station's studio app lets the host jump to a track by its position in the queue. The index from the JSON body must be an int (bool excluded) with 0 <= index < len(queue), so negative indexes and out-of-range positions are rejected instead of wrapping around.
# ---
from flask import Flask, jsonify, request
from flask_login import login_required

from .player import Player

app = Flask(__name__)
player = Player()


def requested_position(data, length):
    pos = data.get("position")
    if isinstance(pos, bool) or not isinstance(pos, int):
        return None
    if 0 <= pos < length:
        return pos
    return None


@app.post("/studio/queue/jump")
@login_required
def jump():
    queue = player.queue()
    pos = requested_position(request.get_json(silent=True) or {}, len(queue))
    if pos is None:
        return jsonify(error=f"position must be between 0 and {len(queue) - 1}"), 400
    track = queue[pos]
    player.play(track)
    return jsonify(now_playing=track.title, position=pos)
