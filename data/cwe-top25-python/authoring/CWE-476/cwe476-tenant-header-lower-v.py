# ---
# id: cwe476-tenant-header-lower-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-tenant-header-lower-f
# tags: fastapi
# explanation: A multi-tenant API picks the tenant database from the X-Tenant header via request.headers.get("x-tenant").lower(). headers.get returns None when the header is absent, so any request without it (health checks, misconfigured clients) raises AttributeError in the dependency and returns 500.
# ---
from fastapi import Depends, FastAPI, HTTPException, Request

from .tenancy import TENANT_DATABASES, session_for

app = FastAPI()


def tenant_session(request: Request):
    # X-Tenant is set by the API gateway from the verified access token.
    tenant = request.headers.get("x-tenant").lower()  #@vuln
    dsn = TENANT_DATABASES.get(tenant)
    if dsn is None:
        raise HTTPException(404, "unknown tenant")
    with session_for(dsn) as session:
        yield session


@app.get("/projects")
def list_projects(session=Depends(tenant_session)):
    rows = session.execute("SELECT id, name FROM projects ORDER BY name").all()
    return [{"id": r.id, "name": r.name} for r in rows]
