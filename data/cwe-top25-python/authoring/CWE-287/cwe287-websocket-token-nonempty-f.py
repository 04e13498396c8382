# ---
# id: cwe287-websocket-token-nonempty-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-websocket-token-nonempty-v
# tags: websockets, asyncio, itsdangerous
# explanation: The websocket handler now verifies the token's signature and age with itsdangerous and takes the user id from the signed payload, ignoring any `user` query parameter, so only holders of a server-issued token are connected, and only as themselves.
# ---
import asyncio
import json
import os
from urllib.parse import parse_qs, urlparse

import websockets
from itsdangerous import BadSignature, URLSafeTimedSerializer

from .orders import place_order, subscribe_orders

tokens = URLSafeTimedSerializer(os.environ["WS_SECRET"], salt="ws-session")


async def handler(ws):
    params = parse_qs(urlparse(ws.request.path).query)
    token = params.get("token", [""])[0]
    try:
        claims = tokens.loads(token, max_age=300)
    except BadSignature:
        await ws.close(code=4401, reason="token required")
        return
    user_id = int(claims["uid"])
    async for event in subscribe_orders(user_id, incoming=ws):
        if event.get("kind") == "client":
            msg = json.loads(event["data"])
            await place_order(user_id, msg["symbol"], msg["qty"], msg["side"])
        else:
            await ws.send(json.dumps(event))


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()
