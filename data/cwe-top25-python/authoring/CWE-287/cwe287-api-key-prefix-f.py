# ---
# id: cwe287-api-key-prefix-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-api-key-prefix-v
# tags: fastapi, hmac
# explanation: Each configured key is now compared with the full X-Api-Key header using hmac.compare_digest, so only the exact key authenticates a tenant and prefixes or partial guesses are rejected.
# ---
import hmac
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

from .store import write_points

app = FastAPI()
TENANT_KEYS = dict(item.split(":", 1) for item in os.environ["TENANT_KEYS"].split(","))


class Point(BaseModel):
    metric: str
    value: float
    ts: int


def tenant_for(api_key: str) -> str | None:
    for tenant, key in TENANT_KEYS.items():
        if api_key and hmac.compare_digest(key.encode(), api_key.encode()):
            return tenant
    return None


@app.post("/ingest")
async def ingest(points: list[Point], x_api_key: str = Header(default="")):
    tenant = tenant_for(x_api_key)
    if tenant is None:
        raise HTTPException(status_code=401, detail="unknown API key")
    await write_points(tenant, [p.model_dump() for p in points[:5000]])
    return {"accepted": min(len(points), 5000)}
