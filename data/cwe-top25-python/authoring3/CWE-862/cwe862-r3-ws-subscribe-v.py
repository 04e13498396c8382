# ---
# id: cwe862-r3-ws-subscribe-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: aiohttp
# explanation: aiohttp websocket handler for a chat service. The client sends a room id to subscribe to and the handler adds the socket to that room's broadcast set without checking that the authenticated user is a member of the room, so users can listen in on private rooms.
# ---
from aiohttp import web, WSMsgType


async def chat_socket(request):
    user = request["user"]
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        cmd = msg.json()
        if cmd.get("op") == "subscribe":
            room = request.app["rooms"].get(cmd["room_id"])
            if room is not None:
                room.listeners.add(ws)  #@vuln
                await ws.send_json({"op": "subscribed", "room": cmd["room_id"], "as": user.name})
    return ws
