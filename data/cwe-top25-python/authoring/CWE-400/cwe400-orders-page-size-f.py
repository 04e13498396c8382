# ---
# id: cwe400-orders-page-size-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-orders-page-size-v
# tags: flask, flask-login, sqlalchemy
# explanation: The seller orders API clamps per_page to the range 1..200 before building the query, so one request can load at most 200 rows regardless of what the client asks for or how many orders the seller has. Work per request is bounded.
# ---
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import select

from .db import Session
from .models import Order

orders_api = Blueprint("orders_api", __name__)


def page_params(args):
    page = max(int(args.get("page", 1)), 1)
    per_page = min(max(int(args.get("per_page", 50)), 1), 200)
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
