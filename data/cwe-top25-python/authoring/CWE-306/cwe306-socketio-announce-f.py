# ---
# id: cwe306-socketio-announce-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-socketio-announce-v
# tags: flask, flask-socketio, flask-login
# explanation: The admin_broadcast handler now returns immediately unless the socket's session belongs to an authenticated operator, so anonymous sockets can no longer broadcast announcements or close rooms.
# ---
from flask import Flask
from flask_login import current_user
from flask_socketio import SocketIO, close_room, emit

app = Flask(__name__)
app.config.from_envvar("GAME_SETTINGS")
socketio = SocketIO(app)


@socketio.on("chat")
def chat(data):
    if not current_user.is_authenticated:
        return False
    emit("chat", {"from": current_user.nickname, "text": str(data.get("text", ""))[:300]},
         to=data.get("room"))


@socketio.on("admin_broadcast")
def admin_broadcast(data):
    if not current_user.is_authenticated or not current_user.is_operator:
        return False
    emit("announcement", {"text": str(data.get("text", ""))[:500]}, broadcast=True)
    for room in data.get("close_rooms", []):
        close_room(room)
