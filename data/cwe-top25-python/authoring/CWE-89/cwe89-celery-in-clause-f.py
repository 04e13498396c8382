# ---
# id: cwe89-celery-in-clause-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-celery-in-clause-v
# tags: celery, psycopg2
# explanation: The task now passes the whole list of order references as one parameter and matches it with PostgreSQL's = ANY(%s); psycopg2 adapts the Python list to an array. No reference text is concatenated into the UPDATE any more.
# ---
import logging

import psycopg2
from celery import shared_task

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3)
def mark_orders_shipped(self, order_refs, carrier):
    if not order_refs:
        return 0
    conn = psycopg2.connect(service="orders")
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE orders SET status = 'shipped', carrier = %s "
                "WHERE reference = ANY(%s)",
                (carrier, [str(v) for v in order_refs]),
            )
            updated = cur.rowcount
    except psycopg2.OperationalError as exc:
        raise self.retry(exc=exc, countdown=30)
    finally:
        conn.close()
    log.info("marked %d orders shipped via %s", updated, carrier)
    return updated
