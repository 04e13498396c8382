# ---
# id: cwe306-socketio-announce-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-socketio-announce-f
# tags: flask, flask-socketio, flask-login
# explanation: The Flask-SocketIO server lets operators push announcements and force-disconnect rooms. The `admin_broadcast` event handler performs these actions without checking that the socket belongs to any logged-in user, so anyone who opens a socket to the server can broadcast to all players and kick them.
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
def admin_broadcast(data):  #@vuln
    emit("announcement", {"text": str(data.get("text", ""))[:500]}, broadcast=True)
    for room in data.get("close_rooms", []):
        close_room(room)
