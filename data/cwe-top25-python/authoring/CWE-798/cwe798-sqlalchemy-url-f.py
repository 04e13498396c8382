# ---
# id: cwe798-sqlalchemy-url-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-sqlalchemy-url-v
# tags: sqlalchemy, fastapi
# explanation: The engine URL is now taken from the DATABASE_URL environment variable provided by the deployment, so the credential is kept out of the code and differs per environment.
# ---
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

DATABASE_URL = os.environ["DATABASE_URL"]

engine = create_engine(DATABASE_URL, pool_pre_ping=True, pool_size=10, max_overflow=5)
SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
