# ---
# id: cwe89-celery-in-clause-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-celery-in-clause-f
# tags: celery, psycopg2
# explanation: A Celery task receives a list of order references from a message queue fed by a public checkout service and joins them into an IN (...) list by string concatenation. Each reference is quoted by hand, so a reference containing a quote breaks out of the list and runs attacker SQL in the UPDATE.
# ---
import logging

import psycopg2
from celery import shared_task

log = logging.getLogger(__name__)


def quoted_list(values):
    return ", ".join("'" + str(v) + "'" for v in values)


@shared_task(bind=True, max_retries=3)
def mark_orders_shipped(self, order_refs, carrier):
    if not order_refs:
        return 0
    conn = psycopg2.connect(service="orders")
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE orders SET status = 'shipped', carrier = %s "
                "WHERE reference IN (" + quoted_list(order_refs) + ")",  #@vuln
                (carrier,),
            )
            updated = cur.rowcount
    except psycopg2.OperationalError as exc:
        raise self.retry(exc=exc, countdown=30)
    finally:
        conn.close()
    log.info("marked %d orders shipped via %s", updated, carrier)
    return updated
