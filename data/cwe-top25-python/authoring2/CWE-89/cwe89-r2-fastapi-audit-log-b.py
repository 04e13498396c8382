# ---
# id: cwe89-r2-fastapi-audit-log-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: fastapi, sqlalchemy
# explanation: A FastAPI router reads audit log entries with SQLAlchemy text(). The table name is chosen from a constant mapping keyed by an Enum path parameter (FastAPI rejects other values), and the actor and time filters are bound as :actor / :since parameters. The f-string only ever interpolates the constant table name, so the endpoint is not injectable.
# ---
from datetime import datetime, timedelta
from enum import Enum
from typing import Iterator, Optional

from fastapi import APIRouter, Depends, Query
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from auditsvc.auth import require_auditor

engine = create_engine("postgresql+psycopg2://audit@db/audit", pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)
router = APIRouter(prefix="/audit", tags=["audit"], dependencies=[Depends(require_auditor)])


class Stream(str, Enum):
    logins = "logins"
    billing = "billing"
    admin = "admin"


STREAM_TABLES = {
    Stream.logins: "audit_login_events",
    Stream.billing: "audit_billing_events",
    Stream.admin: "audit_admin_events",
}


def get_db() -> Iterator[Session]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def window(hours: int = Query(24, ge=1, le=24 * 30)) -> datetime:
    return datetime.utcnow() - timedelta(hours=hours)


@router.get("/{stream}")
def list_events(
    stream: Stream,
    actor: Optional[str] = Query(None, max_length=64),
    since: datetime = Depends(window),
    db: Session = Depends(get_db),
):
    table = STREAM_TABLES[stream]
    clauses = ["occurred_at >= :since"]
    params = {"since": since}
    if actor:
        clauses.append("actor = :actor")
        params["actor"] = actor
    stmt = text(f"SELECT id, actor, action, occurred_at FROM {table} WHERE {' AND '.join(clauses)} ORDER BY occurred_at DESC LIMIT 500")
    rows = db.execute(stmt, params).mappings().all()
    return {"stream": stream.value, "count": len(rows), "events": [dict(r) for r in rows]}
