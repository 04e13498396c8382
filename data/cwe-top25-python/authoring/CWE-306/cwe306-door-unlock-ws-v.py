# ---
# id: cwe306-door-unlock-ws-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: aiohttp, websocket, iot
# explanation: A building-access controller exposes an aiohttp websocket that the lobby tablet uses to open doors. The socket accepts "unlock" commands from any client without any authentication handshake, so anyone who can reach the controller can open every door.
# ---
import json

from aiohttp import WSMsgType, web

from .doors import DOORS, pulse_relay

routes = web.RouteTableDef()


@routes.get("/ws")
async def control_socket(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=20)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        cmd = json.loads(msg.data)
        door = DOORS.get(cmd.get("door"))
        if door is None:
            await ws.send_json({"error": "unknown door"})
        elif cmd.get("action") == "unlock":
            await pulse_relay(door.relay_pin, seconds=5)  #@vuln
            await ws.send_json({"door": door.name, "state": "unlocked"})
        elif cmd.get("action") == "status":
            await ws.send_json({"door": door.name, "state": door.state})
    return ws


app = web.Application()
app.add_routes(routes)
