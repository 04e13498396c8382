# ---
# id: cwe798-etl-pg-password-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-etl-pg-password-v
# tags: psycopg2, etl
# explanation: The ETL script no longer contains a password: it connects through a named libpq service, so host, user and password come from pg_service.conf and the protected ~/.pgpass on the machine that runs the job.
# ---
import csv
import sys
from datetime import date

import psycopg2


def connect():
    return psycopg2.connect(
        service="warehouse_etl",
        connect_timeout=10,
    )


def load_daily_sales(path: str) -> int:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [(r["store"], r["sku"], int(r["qty"]), r["amount"]) for r in csv.DictReader(fh)]
    with connect() as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO daily_sales (day, store, sku, qty, amount) VALUES (%s, %s, %s, %s, %s)",
            [(date.today(), *r) for r in rows],
        )
    return len(rows)


if __name__ == "__main__":
    print(load_daily_sales(sys.argv[1]))
