# ---
# id: cwe798-r2-celery-sftp-export-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-r2-celery-sftp-export-v
# tags: celery, paramiko, csv
# explanation: A nightly Celery task writes the day's orders to CSV and uploads it to a logistics partner over SFTP. The partner password is now read from the PARTNER_SFTP_PASSWORD environment variable of the worker at start-up, so it lives in the deployment's secret store, is not in the source, and can be rotated without a code change.
# ---
import csv
import io
import logging
import os
from datetime import date, timedelta

import paramiko
from celery import shared_task

from shop.models import Order

log = logging.getLogger(__name__)

PARTNER_HOST = "sftp.fastfreight-logistics.example"
PARTNER_PORT = 22
PARTNER_USER = "shop-uploads"
PARTNER_PASSWORD = os.environ["PARTNER_SFTP_PASSWORD"]
REMOTE_DIR = "/inbound/orders"
KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")


def orders_csv(day: date) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["order_id", "sku", "qty", "postcode", "country"])
    orders = Order.objects.filter(paid_at__date=day).prefetch_related("lines")
    for order in orders:
        for line in order.lines.all():
            writer.writerow([order.pk, line.sku, line.quantity, order.postcode, order.country])
    return buf.getvalue().encode("utf-8")


def upload(payload: bytes, remote_name: str) -> None:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        PARTNER_HOST,
        port=PARTNER_PORT,
        username=PARTNER_USER,
        password=PARTNER_PASSWORD,
        timeout=30,
    )
    try:
        with client.open_sftp() as sftp:
            with sftp.open(f"{REMOTE_DIR}/{remote_name}", "wb") as fh:
                fh.write(payload)
    finally:
        client.close()


@shared_task(bind=True, max_retries=3, default_retry_delay=600)
def push_daily_orders(self, day_iso: str = ""):
    day = date.fromisoformat(day_iso) if day_iso else date.today() - timedelta(days=1)
    payload = orders_csv(day)
    try:
        upload(payload, f"orders-{day:%Y%m%d}.csv")
    except (paramiko.SSHException, OSError) as exc:
        log.warning("upload for %s failed: %s", day, exc)
        raise self.retry(exc=exc)
    log.info("uploaded %d bytes of orders for %s", len(payload), day)
