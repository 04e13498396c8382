# ---
# id: cwe200-fastapi-debug-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: fastapi, uvicorn
# explanation: The production entry point creates the application with FastAPI(debug=True). Starlette's debug mode returns an HTML or plain-text traceback with source lines for every unhandled error, exposing code and data to any client that can provoke an exception.
# ---
import uvicorn
from fastapi import FastAPI

from inventory.routes import items, warehouses

app = FastAPI(title="inventory", debug=True)  #@vuln
app.include_router(items.router, prefix="/items")
app.include_router(warehouses.router, prefix="/warehouses")


@app.get("/healthz")
def healthz():
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8080, proxy_headers=True)
