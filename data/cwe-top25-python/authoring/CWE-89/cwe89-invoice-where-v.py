# ---
# id: cwe89-invoice-where-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-invoice-where-f
# tags: psycopg2, billing
# explanation: A billing helper builds a WHERE clause from filter values supplied by an API caller and interpolates them with the % string operator before calling cursor.execute. The customer and currency strings reach the SQL text unescaped, so a crafted filter rewrites the query.
# ---
import psycopg2
from decimal import Decimal


def build_where(filters):
    clauses = []
    if filters.get("customer"):
        clauses.append("customer_ref = '%s'" % filters["customer"])  #@vuln
    if filters.get("currency"):
        clauses.append("currency = '%s'" % filters["currency"])  #@vuln
    return " AND ".join(clauses) or "TRUE"


class InvoiceRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def search(self, filters, limit=50):
        where = build_where(filters)
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT number, customer_ref, total, currency FROM invoices WHERE " + where + " LIMIT %s",  #@vuln
                (int(limit),),
            )
            return [
                {"number": n, "customer": c, "total": Decimal(t), "currency": cur_}
                for n, c, t, cur_ in cur.fetchall()
            ]
