# ---
# id: cwe89-etl-table-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-etl-table-f
# tags: sqlite3, csv, json
# explanation: An export worker reads a job description from stdin (queued from customers' self-service export form) and formats the table name and the free-text WHERE condition into a SELECT. The customer's where text is executed as SQL, so it can read other tables or tenants' rows.
# ---
import csv
import json
import sqlite3
import sys

WAREHOUSE_DB = "/srv/exports/warehouse.db"


def export(db_path, table, where, out):
    conn = sqlite3.connect(db_path)
    query = "SELECT * FROM {} WHERE {}".format(table, where or "1=1")  #@vuln
    cur = conn.execute(query)
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cur.description])
    for row in cur:
        writer.writerow(row)
    conn.close()


def main():
    job = json.load(sys.stdin)
    export(WAREHOUSE_DB, job["table"], job.get("where", ""), sys.stdout)


if __name__ == "__main__":
    main()
