# ---
# id: cwe400-telemetry-gzip-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-telemetry-gzip-v
# tags: fastapi, gzip, zlib
# explanation: The telemetry endpoint now inflates gzip bodies with a zlib decompressobj and max_length, stopping at 8 MiB of output and rejecting the batch if more data remains. Decompressed size is bounded, so a gzip bomb cannot exhaust memory.
# ---
"""Telemetry ingest API for field devices."""

import json
import zlib

from fastapi import Depends, FastAPI, HTTPException, Request

from .auth import authenticated_device

app = FastAPI()
MAX_BODY = 2 * 1024 * 1024
MAX_INFLATED = 8 * 1024 * 1024


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
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = inflater.decompress(raw, MAX_INFLATED)
        if inflater.unconsumed_tail:
            raise HTTPException(413, "batch too large")
    readings = json.loads(raw)
    count = await store_readings(device_id, readings)
    return {"stored": count}
