# ---
# id: cwe306-admin-router-include-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-admin-router-include-f
# tags: fastapi
# explanation: The FastAPI app attaches authentication per router when including them. The public and account routers are included with the right dependencies, but the admin router, whose routes change plans and impersonate tenants, is included with none, so its endpoints are open to unauthenticated callers.
# ---
from fastapi import Depends, FastAPI

from .auth import require_admin, require_user
from .routers import account, admin, public

app = FastAPI(title="Tenant Portal")

app.include_router(public.router)
app.include_router(account.router, prefix="/account", dependencies=[Depends(require_user)])
app.include_router(admin.router, prefix="/admin")  #@vuln


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}


@app.on_event("startup")
async def announce():
    routes = sorted(r.path for r in app.routes)
    print(f"portal ready with {len(routes)} routes")
