# ---
# id: cwe798-r2-celery-sftp-export-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-r2-celery-sftp-export-f
# tags: celery, paramiko, csv
# explanation: A nightly Celery task writes the day's orders to CSV and uploads it to a logistics partner over SFTP. The partner account's password is a string literal in the module, so it ships in every copy of the repository and image, cannot be rotated without a release, and is readable by anyone with source access.
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
PARTNER_PASSWORD = "Fr8ght!upl0ad#2023"  #@vuln
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
