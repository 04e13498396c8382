# ---
# id: cwe798-etl-pg-password-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-etl-pg-password-f
# tags: psycopg2, etl
# explanation: A nightly ETL script connects to the production warehouse with psycopg2 using a password written into the connect() call. The credential ships with every copy of the script and in version control history, giving anyone who reads it write access to the warehouse.
# ---
import csv
import sys
from datetime import date

import psycopg2


def connect():
    return psycopg2.connect(
        host="warehouse.internal",
        dbname="analytics",
        user="etl_loader",
        password="Wh5e!2023-etl",  #@vuln
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
