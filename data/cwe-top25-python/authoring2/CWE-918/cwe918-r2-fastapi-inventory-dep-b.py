# ---
# id: cwe918-r2-fastapi-inventory-dep-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: fastapi, httpx, pydantic
# explanation: A FastAPI service reaches the internal inventory service through a dependency that builds an httpx client with base_url from server settings. The request only contributes an integer warehouse id (validated by FastAPI) to the path and a SKU list sent as query parameters, so the caller cannot choose the host the server talks to.
# ---
from functools import lru_cache
from typing import AsyncIterator, List

import httpx
from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic_settings import BaseSettings

router = APIRouter()


class Settings(BaseSettings):
    inventory_url: str = "http://inventory.internal:8080"
    inventory_token: str = ""
    request_timeout: float = 4.0


@lru_cache
def get_settings() -> Settings:
    return Settings()


async def inventory_client(settings: Settings = Depends(get_settings)) -> AsyncIterator[httpx.AsyncClient]:
    headers = {"Authorization": f"Bearer {settings.inventory_token}"}
    async with httpx.AsyncClient(base_url=settings.inventory_url, headers=headers,
                                 timeout=settings.request_timeout) as client:
        yield client


def _availability(rows: list, skus: List[str]) -> dict:
    by_sku = {row["sku"]: row for row in rows}
    return {sku: by_sku.get(sku, {}).get("available", 0) for sku in skus}


@router.get("/warehouses/{warehouse_id}/availability")
async def availability(
    warehouse_id: int,
    sku: List[str] = Query(..., max_length=64),
    client: httpx.AsyncClient = Depends(inventory_client),
):
    if len(sku) > 100:
        raise HTTPException(status_code=422, detail="at most 100 SKUs per request")
    try:
        resp = await client.get(f"/v2/warehouses/{warehouse_id}/stock", params={"sku": sku})
    except httpx.HTTPError:
        raise HTTPException(status_code=503, detail="inventory service unavailable")
    if resp.status_code == 404:
        raise HTTPException(status_code=404, detail="unknown warehouse")
    resp.raise_for_status()
    return {"warehouse": warehouse_id, "availability": _availability(resp.json().get("items", []), sku)}
