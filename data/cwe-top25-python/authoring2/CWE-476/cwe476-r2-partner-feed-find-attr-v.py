# ---
# id: cwe476-r2-partner-feed-find-attr-v
# cwe: CWE-476
# vulnerable: true
# twin: none
# tags: celery, xml, defusedxml
# explanation: A Celery task imports stock feeds that partners upload as XML. ElementTree's find() returns None when an element is absent, and the task calls .get() on the result of find("Header/Sender") without checking, so a feed that omits the sender element crashes the task for the whole batch.
# ---
"""Partner stock feed import."""

import logging
from decimal import Decimal, InvalidOperation

from celery import shared_task
from defusedxml import ElementTree

from stock.models import FeedImport, PartnerSku
from stock.storage import feed_bytes

log = logging.getLogger(__name__)


def parse_item(item) -> tuple[str, int, Decimal]:
    sku = item.findtext("Sku", default="").strip()
    try:
        qty = int(item.findtext("Qty", default="0"))
    except ValueError:
        qty = 0
    try:
        price = Decimal(item.findtext("Price", default="0"))
    except InvalidOperation:
        price = Decimal(0)
    return sku, qty, price


def parse_feed(raw: bytes):
    root = ElementTree.fromstring(raw)
    sender = root.find("Header/Sender").get("id")  #@vuln
    items = [parse_item(item) for item in root.iterfind("Items/Item")]
    return sender, items


@shared_task(bind=True, name="stock.import_feed")
def import_feed(self, import_id: int) -> dict:
    record = FeedImport.objects.get(pk=import_id)
    sender, items = parse_feed(feed_bytes(record.storage_key))
    if sender != record.partner.feed_sender_id:
        record.mark_failed(f"feed sender {sender!r} does not match partner")
        return {"import": import_id, "status": "rejected"}
    updated = 0
    for sku, qty, price in items:
        if not sku:
            continue
        updated += PartnerSku.objects.filter(partner=record.partner, sku=sku).update(
            available=max(qty, 0), list_price=price
        )
    record.mark_done(updated)
    log.info("feed %s from %s: %d of %d skus updated", import_id, sender, updated, len(items))
    return {"import": import_id, "status": "done", "updated": updated}
