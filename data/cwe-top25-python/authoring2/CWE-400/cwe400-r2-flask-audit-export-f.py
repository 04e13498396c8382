# ---
# id: cwe400-r2-flask-audit-export-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-r2-flask-audit-export-v
# tags: flask, sqlalchemy, csv
# explanation: The export now clamps the requested limit to the range 1..MAX_LIMIT (10,000 rows) before it reaches the query, so one request can load and format at most a bounded number of rows regardless of the query parameter.
# ---
import csv
import io
import logging
from datetime import datetime, timedelta

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required
from sqlalchemy import select

from .db import session_scope
from .models import AuditEvent

audit = Blueprint("audit", __name__, url_prefix="/audit")
log = logging.getLogger(__name__)

DEFAULT_LIMIT = 500
MAX_LIMIT = 10_000
FIELDS = ("id", "created_at", "actor", "action", "target", "ip")


def parse_since(value):
    if not value:
        return datetime.utcnow() - timedelta(days=7)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        abort(400, "since must be an ISO date")


def to_csv(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(FIELDS)
    for ev in rows:
        writer.writerow([ev.id, ev.created_at.isoformat(), ev.actor, ev.action, ev.target, ev.ip])
    return buf.getvalue()


@audit.get("/export.csv")
@login_required
def export_csv():
    if not current_user.has_role("auditor"):
        abort(403)
    since = parse_since(request.args.get("since"))
    limit = max(1, min(request.args.get("limit", DEFAULT_LIMIT, type=int), MAX_LIMIT))
    with session_scope() as s:
        stmt = (select(AuditEvent).where(AuditEvent.created_at >= since)
                .order_by(AuditEvent.created_at.desc()).limit(limit))
        rows = s.scalars(stmt).all()
        body = to_csv(rows)
    log.info("user %s exported %d audit rows", current_user.id, len(rows))
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=audit.csv"})
