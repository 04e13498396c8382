# ---
# id: cwe306-r3-maintenance-router-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-r3-maintenance-router-f
# tags: fastapi
# explanation: FastAPI router for maintenance operations. Other routers carry an auth dependency, but this one is registered without any, so anyone who can reach the API can put the service into maintenance mode or purge caches.
# ---
from fastapi import APIRouter

router = APIRouter(prefix="/maintenance")  #@vuln


@router.post("/enable")
async def enable_maintenance(message: str = "Back soon"):
    await settings_store.set("maintenance", {"on": True, "message": message})
    return {"maintenance": True}


@router.post("/purge-cache")
async def purge_cache():
    removed = await cache.clear()
    return {"removed": removed}
