# ---
# id: cwe502-r3-webhook-jsonpickle-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-r3-webhook-jsonpickle-v
# tags: json, fastapi
# explanation: The webhook body is parsed with json.loads, which produces only plain data; no class lookup or reduce call happens, so the request cannot instantiate objects on the server.
# ---
import json
from fastapi import Request


async def receive_event(request: Request):
    body = await request.body()
    event = json.loads(body.decode("utf-8"))
    kind = event.get("type", "unknown")
    handler = HANDLERS.get(kind)
    if handler is None:
        return {"status": "ignored"}
    await handler(event)
    return {"status": "ok"}
