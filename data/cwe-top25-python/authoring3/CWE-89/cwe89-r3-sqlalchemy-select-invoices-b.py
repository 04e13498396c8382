# ---
# id: cwe89-r3-sqlalchemy-select-invoices-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlalchemy
# explanation: Builds a SQLAlchemy Core select with column comparisons; customer_id and status become bound parameters, and no SQL text is concatenated.
# ---
from sqlalchemy import select

from .models import Invoice


def invoices_for(session, customer_id, status=None):
    stmt = select(Invoice).where(Invoice.customer_id == customer_id)
    if status is not None:
        stmt = stmt.where(Invoice.status == status)
    return session.scalars(stmt.order_by(Invoice.issued_at.desc())).all()
