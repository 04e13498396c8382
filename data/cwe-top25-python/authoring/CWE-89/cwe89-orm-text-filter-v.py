# ---
# id: cwe89-orm-text-filter-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: sqlalchemy, flask
# explanation: An order history endpoint uses the SQLAlchemy ORM, which usually binds values, but one condition is added as text() built with an f-string from the status query parameter. That fragment is inserted verbatim into the WHERE clause, so "x' OR '1'='1" returns every customer's orders.
# ---
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import select, text

from shop.db import Session
from shop.models import Order

bp = Blueprint("orders", __name__)


def status_clause(status):
    return text(f"orders.status = '{status}'")  #@vuln


@bp.get("/me/orders")
@login_required
def my_orders():
    stmt = select(Order).where(Order.customer_id == current_user.id).order_by(Order.created_at.desc())
    status = request.args.get("status")
    if status:
        stmt = stmt.where(status_clause(status))
    with Session() as session:
        orders = session.scalars(stmt.limit(50)).all()
    return jsonify([{"id": o.id, "status": o.status, "total": str(o.total)} for o in orders])
