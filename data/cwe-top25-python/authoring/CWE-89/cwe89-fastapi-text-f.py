# ---
# id: cwe89-fastapi-text-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-fastapi-text-v
# tags: fastapi, sqlalchemy
# explanation: The device lookup now uses a :serial bind parameter in text() and passes the path value in the execute() mapping. SQLAlchemy sends it as a bound value, so the serial cannot change the statement.
# ---
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql+psycopg2:///fleet")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


def get_session():
    with SessionLocal() as session:
        yield session


@app.get("/devices/{serial}")
def read_device(serial: str, db: Session = Depends(get_session)):
    stmt = text("SELECT id, serial, firmware, last_seen FROM devices WHERE serial = :serial")
    row = db.execute(stmt, {"serial": serial}).mappings().first()
    if row is None:
        raise HTTPException(status_code=404, detail="device not found")
    return dict(row)
