# ---
# id: cwe476-sqlite-fetchone-index-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-sqlite-fetchone-index-f
# tags: sqlite3, click
# explanation: A license-server CLI looks up a seat count with cur.fetchone()[0]. fetchone() returns None when the license key is not in the table, so a mistyped key from the command line crashes the tool with TypeError instead of a clear message; the None result is used as if it were a row.
# ---
"""License server administration CLI."""

import sqlite3

import click

DB_PATH = "/var/lib/licd/licenses.db"


def seats_for(conn: sqlite3.Connection, key: str) -> int:
    cur = conn.execute("SELECT seats FROM licenses WHERE license_key = ?", (key,))
    return cur.fetchone()[0]  #@vuln


@click.command()
@click.argument("license_key")
@click.option("--db", default=DB_PATH, show_default=True)
def show_seats(license_key, db):
    with sqlite3.connect(db) as conn:
        seats = seats_for(conn, license_key.strip().upper())
        used = conn.execute("SELECT COUNT(*) FROM activations WHERE license_key = ?", (license_key,)).fetchone()[0]
    click.echo(f"{license_key}: {used}/{seats} seats in use")


if __name__ == "__main__":
    show_seats()
