# ---
# id: cwe918-region-host-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: fastapi, httpx
# explanation: A billing proxy builds the upstream host with an f-string from the client's region ("https://{region}.billing.example.com"), which looks like host injection, but the region must be one of four literal values checked against a set before the URL is formed. Only the provider's own regional hosts can be contacted.
# ---
import os

import httpx
from fastapi import Depends, FastAPI, HTTPException

from billing.auth import current_account

app = FastAPI()
REGIONS = {"eu-west", "eu-central", "us-east", "ap-south"}
TOKEN = os.environ["BILLING_API_TOKEN"]


@app.get("/billing/{region}/usage")
async def usage(region: str, account=Depends(current_account)):
    if region not in REGIONS:
        raise HTTPException(status_code=404, detail="unknown region")
    url = f"https://{region}.billing.example.com/v1/accounts/{int(account.id)}/usage"
    async with httpx.AsyncClient(timeout=10, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        resp = await client.get(url)
    if resp.status_code == 404:
        raise HTTPException(status_code=404, detail="account not found")
    resp.raise_for_status()
    return resp.json()
