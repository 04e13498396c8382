# ---
# id: cwe89-etl-table-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-etl-table-f
# tags: argparse, sqlite3, csv
# explanation: A CLI export tool takes the table name and an optional WHERE condition from the command line and formats both into a SELECT. The tool runs from a job scheduler where operators paste arguments from tickets; the raw --where text is executed as SQL, so any statement fragment reaches the database.
# ---
import argparse
import csv
import sqlite3
import sys


def export(db_path, table, where, out):
    conn = sqlite3.connect(db_path)
    query = "SELECT * FROM {} WHERE {}".format(table, where or "1=1")  #@vuln
    cur = conn.execute(query)
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cur.description])
    for row in cur:
        writer.writerow(row)
    conn.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Export a table to CSV")
    parser.add_argument("database")
    parser.add_argument("table")
    parser.add_argument("--where", default="")
    args = parser.parse_args(argv)
    export(args.database, args.table, args.where, sys.stdout)


if __name__ == "__main__":
    main()
