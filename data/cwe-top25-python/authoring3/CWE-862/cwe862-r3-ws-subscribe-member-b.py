# ---
# id: cwe862-r3-ws-subscribe-member-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: aiohttp
# explanation: Websocket subscribe handler that checks the room's member list against the authenticated user before adding the socket to the room, answering an error otherwise.
# ---
from aiohttp import web, WSMsgType


async def room_socket(request):
    user = request["user"]
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = msg.json()
        room = request.app["rooms"].get(data.get("room_id"))
        if room is None or user.id not in room.member_ids:
            await ws.send_json({"error": "not found"})
            continue
        room.listeners.add(ws)
    return ws
