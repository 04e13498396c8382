# ---
# id: cwe400-telemetry-gzip-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-telemetry-gzip-f
# tags: fastapi, gzip
# explanation: An IoT telemetry ingest endpoint accepts gzip-compressed batches and calls gzip.decompress on the body. The body size is small, but nothing limits the decompressed size, so a gzip bomb of a few hundred KB expands to gigabytes in memory.
# ---
"""Telemetry ingest API for field devices."""

import gzip
import json

from fastapi import Depends, FastAPI, HTTPException, Request

from .auth import authenticated_device

app = FastAPI()
MAX_BODY = 2 * 1024 * 1024


async def store_readings(device_id: str, readings: list) -> int:
    from .db import readings_table
    await readings_table.insert_many([{**r, "device": device_id} for r in readings])
    return len(readings)


async def read_capped(request: Request, cap: int) -> bytes:
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
        if len(buf) > cap:
            raise HTTPException(413, "batch too large")
    return bytes(buf)


@app.post("/v1/devices/{device_id}/telemetry")
async def ingest(device_id: str, request: Request, device=Depends(authenticated_device)):
    if device.id != device_id:
        raise HTTPException(403, "token does not belong to this device")
    raw = await read_capped(request, MAX_BODY)
    if request.headers.get("content-encoding") == "gzip":
        raw = gzip.decompress(raw)  #@vuln
    readings = json.loads(raw)
    count = await store_readings(device_id, readings)
    return {"stored": count}
