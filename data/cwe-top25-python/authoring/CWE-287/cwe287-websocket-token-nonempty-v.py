# ---
# id: cwe287-websocket-token-nonempty-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-websocket-token-nonempty-f
# tags: websockets, asyncio, itsdangerous
# explanation: The live-trading websocket reads a session token from the connection URL, but the handler only checks that a token is present and then trusts the `user` query parameter for identity. Any client that sends token=x and user=<victim> receives the victim's order stream and can place orders as them.
# ---
import asyncio
import json
import os
from urllib.parse import parse_qs, urlparse

import websockets
from itsdangerous import URLSafeTimedSerializer

from .orders import place_order, subscribe_orders

tokens = URLSafeTimedSerializer(os.environ["WS_SECRET"], salt="ws-session")


async def handler(ws):
    params = parse_qs(urlparse(ws.request.path).query)
    token = params.get("token", [""])[0]
    if not token:  #@vuln
        await ws.close(code=4401, reason="token required")
        return
    user_id = int(params.get("user", ["0"])[0])  #@vuln
    async for event in subscribe_orders(user_id, incoming=ws):
        if event.get("kind") == "client":
            msg = json.loads(event["data"])
            await place_order(user_id, msg["symbol"], msg["qty"], msg["side"])
        else:
            await ws.send(json.dumps(event))


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()
