# ---
# id: cwe94-r2-webhook-transform-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: fastapi, pydantic
# explanation: An integration service lets API clients register a webhook relay with an optional 'transform' snippet of Python that reshapes the payload before forwarding it to the client's registered callback host. The snippet from the registration request is stored and later run with exec() on every event, so any API client can execute arbitrary code on the relay server.
# ---
import logging
import uuid
from typing import Dict, Optional

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="relay")
log = logging.getLogger("relay")

RELAYS: Dict[str, dict] = {}


class RelayIn(BaseModel):
    path: str = Field("/", pattern=r"^/[A-Za-z0-9/_.-]*$", max_length=200)
    transform: Optional[str] = None


def api_client(x_api_key: str = Header(...)) -> str:
    client = app.state.keys.get(x_api_key)
    if client is None:
        raise HTTPException(status_code=401)
    return client


def apply_transform(source: Optional[str], payload: dict) -> dict:
    if not source:
        return payload
    scope = {"payload": dict(payload), "result": None}
    exec(source, scope)  #@vuln
    result = scope.get("result")
    return result if isinstance(result, dict) else scope["payload"]


@app.post("/relays", status_code=201)
def create_relay(body: RelayIn, client: str = Depends(api_client)) -> dict:
    relay_id = uuid.uuid4().hex
    target = app.state.callback_bases[client].rstrip("/") + body.path
    RELAYS[relay_id] = {"owner": client, "target": target, "transform": body.transform}
    log.info("client %s created relay %s -> %s", client, relay_id, target)
    return {"id": relay_id}


@app.post("/relays/{relay_id}/events")
async def relay_event(relay_id: str, payload: dict) -> dict:
    relay = RELAYS.get(relay_id)
    if relay is None:
        raise HTTPException(status_code=404)
    outgoing = apply_transform(relay["transform"], payload)
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(relay["target"], json=outgoing)
    return {"forwarded": resp.status_code < 400, "status": resp.status_code}
