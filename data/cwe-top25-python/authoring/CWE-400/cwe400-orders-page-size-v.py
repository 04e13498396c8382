# ---
# id: cwe400-orders-page-size-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-orders-page-size-f
# tags: flask, sqlalchemy
# explanation: The orders API takes a per_page query parameter and passes it straight to SQLAlchemy's limit(). A client asking for per_page=100000000 makes the server load and serialize the entire orders table in one response, exhausting database, memory and CPU.
# ---
from flask import Blueprint, jsonify, request
from sqlalchemy import select

from .db import Session
from .models import Order

orders_api = Blueprint("orders_api", __name__)


def page_params(args):
    page = max(int(args.get("page", 1)), 1)
    per_page = int(args.get("per_page", 50))  #@vuln
    return page, per_page


@orders_api.get("/api/orders")
def list_orders():
    page, per_page = page_params(request.args)
    stmt = (
        select(Order)
        .order_by(Order.created_at.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    )
    with Session() as session:
        rows = session.scalars(stmt).all()
    return jsonify(page=page, per_page=per_page, items=[o.to_dict() for o in rows])
