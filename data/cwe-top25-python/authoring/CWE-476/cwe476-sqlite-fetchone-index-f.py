# ---
# id: cwe476-sqlite-fetchone-index-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-sqlite-fetchone-index-v
# tags: sqlite3, click
# explanation: seats_for() now checks whether fetchone() returned None and raises a click usage error for unknown keys, so the row is only indexed when it exists. The COUNT(*) query always returns exactly one row, so its fetchone()[0] is fine.
# ---
"""License server administration CLI."""

import sqlite3

import click

DB_PATH = "/var/lib/licd/licenses.db"


def seats_for(conn: sqlite3.Connection, key: str) -> int:
    cur = conn.execute("SELECT seats FROM licenses WHERE license_key = ?", (key,))
    row = cur.fetchone()
    if row is None:
        raise click.BadParameter(f"unknown license key {key}")
    return row[0]


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
