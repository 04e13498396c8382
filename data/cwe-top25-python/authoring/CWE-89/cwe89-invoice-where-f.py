# ---
# id: cwe89-invoice-where-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-invoice-where-v
# tags: psycopg2, billing
# explanation: The billing helper now emits %s placeholders and collects the filter values in a list that is passed to cursor.execute. Only fixed SQL fragments are concatenated; psycopg2 adapts the customer and currency values, so they cannot change the query structure.
# ---
import psycopg2
from decimal import Decimal


def build_where(filters):
    clauses, params = [], []
    if filters.get("customer"):
        clauses.append("customer_ref = %s")
        params.append(filters["customer"])
    if filters.get("currency"):
        clauses.append("currency = %s")
        params.append(filters["currency"])
    return " AND ".join(clauses) or "TRUE", params


class InvoiceRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def search(self, filters, limit=50):
        where, params = build_where(filters)
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT number, customer_ref, total, currency FROM invoices WHERE " + where + " LIMIT %s",
                (*params, int(limit)),
            )
            return [
                {"number": n, "customer": c, "total": Decimal(t), "currency": cur_}
                for n, c, t, cur_ in cur.fetchall()
            ]
