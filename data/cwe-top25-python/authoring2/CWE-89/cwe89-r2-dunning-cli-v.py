# ---
# id: cwe89-r2-dunning-cli-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: click, psycopg2
# explanation: A Click admin command lists overdue invoices for one customer before sending dunning letters. The --customer option is formatted into the SQL string with str.format() before cursor.execute(), so an operator-supplied or scripted value like 1 OR 1=1 changes the query; this tool is also called by a support web hook that forwards the ticket's customer field.
# ---
import csv
import logging
import os
import sys
from datetime import date

import click
import psycopg2

log = logging.getLogger("billing.dunning")

OVERDUE_SQL = (
    "SELECT i.number, i.due_date, i.amount_cents, c.email "
    "FROM invoices i JOIN customers c ON c.id = i.customer_id "
    "WHERE i.paid_at IS NULL AND i.due_date < %(today)s AND c.external_ref = '{customer}' "
    "ORDER BY i.due_date"
)


def connect():
    dsn = os.environ.get("BILLING_DSN")
    if not dsn:
        raise click.ClickException("BILLING_DSN is not set")
    return psycopg2.connect(dsn)


def cents(value: int) -> str:
    return f"{value / 100:,.2f}"


@click.command()
@click.option("--customer", required=True, help="External customer reference.")
@click.option("--out", type=click.File("w"), default="-", help="CSV output file.")
@click.option("--dry-run/--send", default=True)
def overdue(customer, out, dry_run):
    """List overdue invoices of one customer."""
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute(OVERDUE_SQL.format(customer=customer), {"today": date.today()})  #@vuln
            rows = cur.fetchall()
    finally:
        conn.close()
    if not rows:
        click.echo("nothing overdue", err=True)
        sys.exit(0)
    writer = csv.writer(out)
    writer.writerow(["invoice", "due", "amount", "email"])
    for number, due, amount, email in rows:
        writer.writerow([number, due.isoformat(), cents(amount), email])
    log.info("%d overdue invoices for %s (dry_run=%s)", len(rows), customer, dry_run)


if __name__ == "__main__":
    overdue()
