# ---
# id: cwe89-fastapi-text-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-fastapi-text-f
# tags: fastapi, sqlalchemy
# explanation: A FastAPI route looks up devices by serial number using SQLAlchemy text() with an f-string. text() only marks the string as SQL; the serial from the path is already embedded, so a path segment containing a quote rewrites the statement.
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
    stmt = text(f"SELECT id, serial, firmware, last_seen FROM devices WHERE serial = '{serial}'")  #@vuln
    row = db.execute(stmt).mappings().first()
    if row is None:
        raise HTTPException(status_code=404, detail="device not found")
    return dict(row)
