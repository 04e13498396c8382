# ---
# id: cwe352-export-get-readonly-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: flask, flask-login, csv
# explanation: A GET route with login_required exports the user's own timesheet as CSV. It only reads data and changes nothing, and a cross-site page cannot read the response because of the same-origin policy, so a forged request gains the attacker nothing.
# ---
import csv
import io
from datetime import date

from flask import Blueprint, Response, request
from flask_login import current_user, login_required

from .models import TimeEntry

reports = Blueprint("reports", __name__)


@reports.get("/timesheet/export")
@login_required
def export_timesheet():
    month = request.args.get("month", date.today().strftime("%Y-%m"))
    entries = (
        TimeEntry.query.filter_by(user_id=current_user.id)
        .filter(TimeEntry.month == month)
        .order_by(TimeEntry.day)
        .all()
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["day", "project", "hours", "note"])
    for e in entries:
        writer.writerow([e.day.isoformat(), e.project.code, f"{e.hours:.2f}", e.note])
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename=timesheet-{current_user.id}.csv"})
