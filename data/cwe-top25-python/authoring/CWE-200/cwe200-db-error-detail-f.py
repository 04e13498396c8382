# ---
# id: cwe200-db-error-detail-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-db-error-detail-v
# tags: fastapi, sqlalchemy
# explanation: The handler now logs the exception with its full text server-side and returns a fixed "database error" detail. SQL statements and parameters stay in the server logs.
# ---
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from shipping.routes import router

app = FastAPI()
app.include_router(router)
log = logging.getLogger("shipping")


@app.exception_handler(SQLAlchemyError)
async def db_error(request: Request, exc: SQLAlchemyError):
    log.warning("database error on %s", request.url.path, exc_info=exc)
    return JSONResponse(status_code=500, content={"detail": "database error"})
