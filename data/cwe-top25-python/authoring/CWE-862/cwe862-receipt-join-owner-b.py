# ---
# id: cwe862-receipt-join-owner-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: flask, flask-login, sqlalchemy
# explanation: A receipt endpoint takes an id from the URL, but the SQLAlchemy query joins the receipt to its order and requires the order's customer to be the logged-in user, so ids belonging to other customers return 404.
# ---
from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from sqlalchemy import select

from .models import Order, Receipt, db

receipts = Blueprint("receipts", __name__)


def receipt_for(user_id: int, receipt_id: int):
    stmt = (
        select(Receipt)
        .join(Order, Order.id == Receipt.order_id)
        .where(Receipt.id == receipt_id, Order.customer_id == user_id)
    )
    return db.session.scalars(stmt).first()


@receipts.get("/receipts/<int:receipt_id>")
@login_required
def show_receipt(receipt_id):
    receipt = receipt_for(current_user.id, receipt_id)
    if receipt is None:
        abort(404)
    return render_template("receipts/show.html", receipt=receipt, order=receipt.order)
