# ---
# id: cwe798-sqlalchemy-url-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-sqlalchemy-url-f
# tags: sqlalchemy, fastapi
# explanation: The database module of a FastAPI service builds its SQLAlchemy engine from a URL literal that embeds the MySQL user and password. The production credential is exposed to everyone with repository access and cannot differ between environments.
# ---
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

DATABASE_URL = "mysql+pymysql://orders_app:Tr0ub4dor&3@db-prod-1.internal:3306/orders"  #@vuln

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
