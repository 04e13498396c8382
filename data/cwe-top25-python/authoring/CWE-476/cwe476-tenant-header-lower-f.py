# ---
# id: cwe476-tenant-header-lower-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-tenant-header-lower-v
# tags: fastapi
# explanation: The dependency now reads the header with a default of an empty string, so a missing X-Tenant header falls through to the explicit 404 for an unknown tenant instead of calling .lower() on None.
# ---
from fastapi import Depends, FastAPI, HTTPException, Request

from .tenancy import TENANT_DATABASES, session_for

app = FastAPI()


def tenant_session(request: Request):
    # X-Tenant is set by the API gateway from the verified access token.
    tenant = request.headers.get("x-tenant", "").lower()
    dsn = TENANT_DATABASES.get(tenant)
    if dsn is None:
        raise HTTPException(404, "unknown tenant")
    with session_for(dsn) as session:
        yield session


@app.get("/projects")
def list_projects(session=Depends(tenant_session)):
    rows = session.execute("SELECT id, name FROM projects ORDER BY name").all()
    return [{"id": r.id, "name": r.name} for r in rows]
