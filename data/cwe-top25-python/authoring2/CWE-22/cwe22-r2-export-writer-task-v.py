# ---
# id: cwe22-r2-export-writer-task-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: celery, csv
# explanation: A Celery task writes a CSV export requested through the public API. The requested file name from the task payload is joined to the export directory with os.path.join and opened for writing, so a name like ../../app/static/report.csv or an absolute path overwrites or creates .csv files files wherever the worker user can write. The rows themselves come from the database and are fine.
# ---
import csv
import logging
import os
from datetime import datetime, timezone

from celery import Celery

app = Celery("exports", broker=os.environ.get("CELERY_BROKER_URL", "amqp://localhost"))
log = logging.getLogger("exports")

EXPORT_DIR = "/srv/exports"
COLUMNS = ["id", "created", "customer", "total", "currency", "status"]


def fetch_orders(account_id, since):
    from shop.db import session, Order

    q = session.query(Order).filter(Order.account_id == account_id, Order.created >= since)
    for order in q.order_by(Order.created).yield_per(500):
        yield [order.id, order.created.isoformat(), order.customer_name, f"{order.total:.2f}", order.currency, order.status]


def default_name(account_id):
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"orders-{account_id}-{stamp}.csv"


@app.task(acks_late=True)
def export_orders(payload):
    account_id = int(payload["account_id"])
    since = datetime.fromisoformat(payload.get("since", "1970-01-01T00:00:00+00:00"))
    filename = payload.get("filename") or default_name(account_id)
    if not filename.endswith(".csv"):
        filename += ".csv"
    account_dir = os.path.join(EXPORT_DIR, str(account_id))
    os.makedirs(account_dir, exist_ok=True)
    target = os.path.join(account_dir, filename)  #@vuln
    tmp = target + ".part"
    count = 0
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for row in fetch_orders(account_id, since):
            writer.writerow(row)
            count += 1
    os.replace(tmp, target)
    log.info("export for account %s: %d rows -> %s", account_id, count, target)
    return {"path": os.path.relpath(target, EXPORT_DIR), "rows": count}
