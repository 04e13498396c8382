# ---
# id: cwe89-etl-table-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-etl-table-v
# tags: argparse, sqlite3, csv
# explanation: The export tool now restricts the table to an allow-list enforced by argparse choices and replaces the free-form WHERE text with a --since date that is bound as a parameter. No command-line text is formatted into the SQL any more.
# ---
import argparse
import csv
import sqlite3
import sys

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


def main(argv=None):
    parser = argparse.ArgumentParser(description="Export a table to CSV")
    parser.add_argument("database")
    parser.add_argument("table", choices=TABLES)
    parser.add_argument("--since", default="")
    args = parser.parse_args(argv)
    export(args.database, args.table, args.since, sys.stdout)


if __name__ == "__main__":
    main()
