# ---
# id: cwe306-admin-router-include-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-admin-router-include-v
# tags: fastapi
# explanation: The admin router is now included with dependencies=[Depends(require_admin)], so every admin route first authenticates the caller and checks the admin role; anonymous requests are rejected.
# ---
from fastapi import Depends, FastAPI

from .auth import require_admin, require_user
from .routers import account, admin, public

app = FastAPI(title="Tenant Portal")

app.include_router(public.router)
app.include_router(account.router, prefix="/account", dependencies=[Depends(require_user)])
app.include_router(admin.router, prefix="/admin", dependencies=[Depends(require_admin)])


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}


@app.on_event("startup")
async def announce():
    routes = sorted(r.path for r in app.routes)
    print(f"portal ready with {len(routes)} routes")
