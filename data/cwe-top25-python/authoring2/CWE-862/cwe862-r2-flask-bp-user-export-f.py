# ---
# id: cwe862-r2-flask-bp-user-export-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-r2-flask-bp-user-export-v
# tags: flask, flask-login, csv
# explanation: A Flask blueprint for the back office exports all customer accounts as CSV. The export route now calls require_staff(current_user) before touching the data, like the suspend route, so only staff accounts get the file and ordinary customers receive 403.
# ---
import csv
import io
import logging
from datetime import date

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required

from ..extensions import db
from ..models import Account

backoffice = Blueprint("backoffice", __name__, url_prefix="/backoffice")
log = logging.getLogger(__name__)

EXPORT_COLUMNS = ("id", "email", "phone", "plan", "created_at")


def require_staff(user) -> None:
    if not getattr(user, "is_staff", False):
        abort(403)


def _rows(accounts):
    for acc in accounts:
        yield [getattr(acc, col) for col in EXPORT_COLUMNS]


@backoffice.route("/accounts.csv")
@login_required
def export_accounts():
    require_staff(current_user)
    plan = request.args.get("plan")
    query = Account.query.order_by(Account.created_at)
    if plan:
        query = query.filter(Account.plan == plan)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(_rows(query.yield_per(500)))
    log.info("accounts export by %s (%s rows)", current_user.id, query.count())

    filename = f"accounts-{date.today():%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )


@backoffice.route("/accounts/<int:account_id>/suspend", methods=["POST"])
@login_required
def suspend_account(account_id: int):
    require_staff(current_user)
    acc = db.session.get(Account, account_id) or abort(404)
    acc.suspended = True
    db.session.commit()
    return {"id": acc.id, "suspended": True}
