# ---
# id: cwe400-r2-tornado-ws-fragments-v
# cwe: CWE-400
# vulnerable: true
# twin: none
# tags: tornado, websocket, json
# explanation: A Tornado WebSocket endpoint for a collaborative editor lets clients send a document in "chunk" messages and appends every chunk to a per-connection list until a "commit" message arrives. There is no limit on chunk count or total size, so a client that never commits can stream data until the server runs out of memory; max_message_size only limits each single message.
# ---
import json
import logging
import time

from tornado.websocket import WebSocketClosedError, WebSocketHandler

log = logging.getLogger("editor.ws")

MAX_MESSAGE = 64 * 1024


class DocumentUploadSocket(WebSocketHandler):
    def initialize(self, store):
        self.store = store
        self.chunks = []
        self.doc_id = None
        self.started = None

    def open(self, doc_id):
        self.doc_id = doc_id
        self.started = time.monotonic()
        log.info("upload socket opened for %s", doc_id)

    def reply(self, **payload):
        try:
            self.write_message(json.dumps(payload))
        except WebSocketClosedError:
            pass

    def on_message(self, message):
        try:
            msg = json.loads(message)
        except ValueError:
            self.reply(error="invalid json")
            return
        kind = msg.get("type")
        if kind == "chunk":
            self.chunks.append(str(msg.get("data", "")))  #@vuln
            self.reply(ack=len(self.chunks))
        elif kind == "commit":
            text = "".join(self.chunks)
            self.chunks = []
            version = self.store.save(self.doc_id, text)
            self.reply(committed=version, chars=len(text))
        elif kind == "reset":
            self.chunks = []
            self.reply(reset=True)
        else:
            self.reply(error=f"unknown type {kind!r}")

    def on_close(self):
        elapsed = time.monotonic() - (self.started or time.monotonic())
        log.info("socket for %s closed after %.1fs with %d pending chunks", self.doc_id, elapsed, len(self.chunks))
        self.chunks = []


def socket_settings():
    return {"websocket_max_message_size": MAX_MESSAGE, "websocket_ping_interval": 20}
