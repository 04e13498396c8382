# ---
# id: cwe89-executemany-import-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlite3, csv, argparse
# explanation: A CSV import script loads user-supplied spreadsheets into SQLite with executemany and "?" placeholders. The file contents are arbitrary, but every field is bound as a parameter and the statement text is fixed, so a cell containing SQL is just stored as text.
# ---
import argparse
import csv
import sqlite3


def import_customers(db_path, csv_path):
    with open(csv_path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = [(r["email"].lower(), r["name"], r.get("country", "")) for r in reader if r.get("email")]
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS customers (email TEXT PRIMARY KEY, name TEXT, country TEXT)"
        )
        conn.executemany(
            "INSERT OR REPLACE INTO customers (email, name, country) VALUES (?, ?, ?)", rows
        )
    conn.close()
    return len(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("csv_file")
    ns = ap.parse_args()
    print(f"imported {import_customers(ns.db, ns.csv_file)} customers")
