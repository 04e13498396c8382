# ---
# id: cwe306-healthz-public-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: fastapi, sqlalchemy
# explanation: The health and readiness endpoints are deliberately unauthenticated so the load balancer can call them; they only run SELECT 1 and return fixed status strings, performing no critical action and exposing no data. The state-changing routes sit on a router that requires authentication.
# ---
from fastapi import APIRouter, Depends, FastAPI, Response
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from .auth import require_user
from .db import get_engine
from .routers import orders

app = FastAPI()
probes = APIRouter()


@probes.get("/healthz")
async def healthz():
    return {"status": "ok"}


@probes.get("/readyz")
async def readyz(response: Response, engine: AsyncEngine = Depends(get_engine)):
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception:
        response.status_code = 503
        return {"status": "db unavailable"}
    return {"status": "ready"}


app.include_router(probes)
app.include_router(orders.router, prefix="/orders", dependencies=[Depends(require_user)])
