# ---
# id: cwe918-ip-literal-only-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: fastapi, httpx, ipaddress
# explanation: The webhook registration checks whether the URL's host is a private IP address, but only when the host is an IP literal; hostnames are accepted without resolving them. A DNS name that points at 10.0.0.5 or 169.254.169.254 passes the check, and the test delivery reaches the internal address.
# ---
import ipaddress
from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Webhook(BaseModel):
    url: str


def looks_internal(host: str) -> bool:
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        return False


@app.post("/webhooks")
async def register(hook: Webhook):
    host = urlsplit(hook.url).hostname or ""
    if looks_internal(host):
        raise HTTPException(status_code=422, detail="internal addresses are not allowed")
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(hook.url, json={"type": "ping"})  #@vuln
    return {"registered": hook.url, "ping_status": resp.status_code}
