# ---
# id: cwe862-r2-flask-refund-role-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: flask, flask-login
# explanation: A Flask blueprint for the finance team issues refunds. Each route is wrapped in login_required and a roles_required decorator that aborts with 403 unless the current user has the finance role, and the refund amount is capped at what was captured; privileged actions are authorized before any state changes.
# ---
import functools
import logging
from decimal import Decimal, InvalidOperation

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from ..models import Payment, Refund, db
from ..psp import gateway

bp = Blueprint("finance", __name__, url_prefix="/finance")
log = logging.getLogger(__name__)


def roles_required(*roles):
    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if not set(roles) & set(current_user.role_names()):
                abort(403)
            return view(*args, **kwargs)
        return wrapper
    return decorator


def _parse_amount(raw) -> Decimal:
    try:
        value = Decimal(str(raw)).quantize(Decimal("0.01"))
    except (InvalidOperation, TypeError):
        abort(400, "amount must be a number")
    if value <= 0:
        abort(400, "amount must be positive")
    return value


@bp.post("/payments/<int:payment_id>/refunds")
@login_required
@roles_required("finance", "finance-lead")
def create_refund(payment_id: int):
    payment = db.session.get(Payment, payment_id) or abort(404)
    amount = _parse_amount((request.get_json(silent=True) or {}).get("amount"))
    if amount > payment.captured - payment.refunded:
        abort(422, "refund exceeds captured amount")
    ref = gateway.refund(payment.psp_reference, amount)
    refund = Refund(payment=payment, amount=amount, psp_reference=ref, created_by=current_user.id)
    payment.refunded += amount
    db.session.add(refund)
    db.session.commit()
    log.info("refund %s on payment %s by %s", ref, payment.id, current_user.id)
    return jsonify(id=refund.id, amount=str(amount)), 201


@bp.get("/payments/<int:payment_id>/refunds")
@login_required
@roles_required("finance", "finance-lead", "support")
def list_refunds(payment_id: int):
    payment = db.session.get(Payment, payment_id) or abort(404)
    return jsonify([{"id": r.id, "amount": str(r.amount)} for r in payment.refunds])
