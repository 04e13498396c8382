# ---
# id: cwe862-ws-channel-subscribe-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: tornado, websocket, json
# explanation: A Tornado websocket requires an authenticated operator cookie, then lets the client subscribe to any channel name it sends. Channels carry private customer conversations per team, and no membership check is made, so any operator can listen to every team's channels.
# ---
import json

import tornado.websocket

from .hub import hub


class ChatSocket(tornado.websocket.WebSocketHandler):
    def get_current_user(self):
        return self.get_signed_cookie("operator_id")

    def open(self):
        if self.current_user is None:
            self.close(code=4401)
            return
        self.operator_id = int(self.current_user)
        self.channels = set()

    def on_message(self, message):
        msg = json.loads(message)
        if msg.get("op") == "subscribe":
            channel = str(msg["channel"])
            hub.subscribe(channel, self)  #@vuln
            self.channels.add(channel)
            self.write_message({"op": "subscribed", "channel": channel})
        elif msg.get("op") == "unsubscribe":
            channel = str(msg["channel"])
            hub.unsubscribe(channel, self)
            self.channels.discard(channel)

    def on_close(self):
        for channel in getattr(self, "channels", ()):
            hub.unsubscribe(channel, self)
