# ---
# id: cwe502-r3-webhook-jsonpickle-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-r3-webhook-jsonpickle-f
# tags: jsonpickle, fastapi
# explanation: A webhook receiver decodes the raw request body with jsonpickle.decode. jsonpickle reconstructs arbitrary Python objects from py/object and py/reduce keys, so any caller of the public webhook can trigger code execution.
# ---
import jsonpickle
from fastapi import Request


async def receive_event(request: Request):
    body = await request.body()
    event = jsonpickle.decode(body.decode("utf-8"))  #@vuln
    kind = event.get("type", "unknown")
    handler = HANDLERS.get(kind)
    if handler is None:
        return {"status": "ignored"}
    await handler(event)
    return {"status": "ok"}
