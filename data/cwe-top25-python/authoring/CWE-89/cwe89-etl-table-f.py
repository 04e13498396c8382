# ---
# id: cwe89-etl-table-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-etl-table-v
# tags: sqlite3, csv, json
# explanation: The export worker now rejects tables outside a fixed allow-list and replaces the free-form WHERE text with a "since" date that is bound as a parameter. No job text is formatted into the SQL any more.
# ---
import csv
import json
import sqlite3
import sys

WAREHOUSE_DB = "/srv/exports/warehouse.db"
TABLES = ("orders", "shipments", "returns")


def export(db_path, table, since, out):
    conn = sqlite3.connect(db_path)
    query = "SELECT * FROM {} WHERE created >= ?".format(table)
    cur = conn.execute(query, (since or "1970-01-01",))
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cur.description])
    for row in cur:
        writer.writerow(row)
    conn.close()


def main():
    job = json.load(sys.stdin)
    if job["table"] not in TABLES:
        sys.exit(f"unknown table {job['table']!r}")
    export(WAREHOUSE_DB, job["table"], job.get("since", ""), sys.stdout)


if __name__ == "__main__":
    main()
