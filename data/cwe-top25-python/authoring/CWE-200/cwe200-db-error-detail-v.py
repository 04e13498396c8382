# ---
# id: cwe200-db-error-detail-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-db-error-detail-f
# tags: fastapi, sqlalchemy
# explanation: A FastAPI exception handler for SQLAlchemy errors returns str(exc) as the response detail. SQLAlchemy's messages include the failing SQL statement, bound parameters and sometimes the database host, so clients learn schema details and other users' data from errors.
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
    log.warning("database error on %s", request.url.path)
    return JSONResponse(status_code=500, content={"detail": f"database error: {exc}"})  #@vuln
