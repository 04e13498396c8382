# ---
# id: cwe863-r2-flask-expense-approval-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-r2-flask-expense-approval-v
# tags: flask, flask-login, sqlalchemy
# explanation: A Flask blueprint lets managers approve expense claims. The approval route now requires the manager role AND that the claim's submitter reports to the current user (which also rules out approving one's own claim), the same team rule the pending list uses, so a manager can only approve claims of their own reports.
# ---
import logging
from datetime import datetime, timezone
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from ..extensions import db
from ..models import Expense, Employee

expenses = Blueprint("expenses", __name__, url_prefix="/expenses")
log = logging.getLogger(__name__)
AUTO_FLAG_ABOVE = Decimal("2500.00")


def as_json(exp: Expense) -> dict:
    return {
        "id": exp.id,
        "submitter": exp.submitter.full_name,
        "amount": str(exp.amount),
        "status": exp.status,
        "approved_by": exp.approver.full_name if exp.approver else None,
    }


@expenses.get("/pending")
@login_required
def pending():
    team = Employee.query.filter_by(manager_id=current_user.id).with_entities(Employee.id)
    rows = Expense.query.filter(Expense.submitter_id.in_(team), Expense.status == "pending")
    return jsonify([as_json(e) for e in rows])


@expenses.post("/<int:expense_id>/approve")
@login_required
def approve(expense_id: int):
    expense = db.session.get(Expense, expense_id) or abort(404)
    if not current_user.has_role("manager"):
        abort(403)
    if expense.submitter.manager_id != current_user.id or expense.submitter_id == current_user.id:
        abort(403)
    if expense.status != "pending":
        abort(409, "expense is not pending")
    note = (request.get_json(silent=True) or {}).get("note", "")[:500]
    expense.status = "approved"
    expense.approver_id = current_user.id
    expense.approved_at = datetime.now(timezone.utc)
    expense.approval_note = note
    expense.flagged = expense.amount > AUTO_FLAG_ABOVE
    db.session.commit()
    log.info("expense %s approved by %s", expense_id, current_user.id)
    return jsonify(as_json(expense))
