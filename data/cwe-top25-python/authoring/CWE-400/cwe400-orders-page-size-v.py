# ---
# id: cwe400-orders-page-size-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-orders-page-size-f
# tags: flask, flask-login, sqlalchemy
# explanation: A marketplace API lists the signed-in seller's orders and passes the per_page query parameter straight to SQLAlchemy's limit(). Large sellers have millions of orders, so per_page=100000000 makes one request load and serialize all of them, exhausting database, memory and CPU; nothing caps the page size.
# ---
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import select

from .db import Session
from .models import Order

orders_api = Blueprint("orders_api", __name__)


def page_params(args):
    page = max(int(args.get("page", 1)), 1)
    per_page = int(args.get("per_page", 50))  #@vuln
    return page, per_page


@orders_api.get("/api/orders")
@login_required
def list_orders():
    page, per_page = page_params(request.args)
    stmt = (
        select(Order)
        .where(Order.customer_id == current_user.id)
        .order_by(Order.created_at.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    )
    with Session() as session:
        rows = session.scalars(stmt).all()
    return jsonify(page=page, per_page=per_page, items=[o.to_dict() for o in rows])
