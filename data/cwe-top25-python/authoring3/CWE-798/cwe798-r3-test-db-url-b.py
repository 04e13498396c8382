# ---
# id: cwe798-r3-test-db-url-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: sqlalchemy
# explanation: Builds a SQLAlchemy engine from the DATABASE_URL environment variable; the fallback is a local SQLite file used in development, which carries no credential.
# ---
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url


def make_engine(echo=False):
    url = make_url(os.environ.get("DATABASE_URL", "sqlite:///./dev.db"))
    kwargs = {"echo": echo, "pool_pre_ping": True}
    if url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False}
    return create_engine(url, **kwargs)
