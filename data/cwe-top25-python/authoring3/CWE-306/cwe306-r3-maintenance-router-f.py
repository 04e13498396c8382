# ---
# id: cwe306-r3-maintenance-router-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-r3-maintenance-router-v
# tags: fastapi
# explanation: The maintenance router now declares a router-wide dependency that requires an authenticated administrator, so every route under it is authenticated.
# ---
from fastapi import APIRouter, Depends

router = APIRouter(prefix="/maintenance", dependencies=[Depends(require_admin)])


@router.post("/enable")
async def enable_maintenance(message: str = "Back soon"):
    await settings_store.set("maintenance", {"on": True, "message": message})
    return {"maintenance": True}


@router.post("/purge-cache")
async def purge_cache():
    removed = await cache.clear()
    return {"removed": removed}
