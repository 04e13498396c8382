# ---
# id: cwe89-r2-partition-loader-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: psycopg2, etl
# explanation: A nightly ETL step copies parsed telemetry rows into a per-day partition table. The partition name is derived from a date object and composed with psycopg2.sql.Identifier, and the rows are inserted with execute_values() placeholders, so no file content or argument is ever spliced into SQL text as raw string.
# ---
import argparse
import csv
import logging
from datetime import date, datetime
from typing import Iterable, List, Tuple

import psycopg2
from psycopg2 import sql
from psycopg2.extras import execute_values

log = logging.getLogger("etl.telemetry")

Row = Tuple[str, datetime, float, str]


def read_rows(path: str) -> Iterable[Row]:
    with open(path, newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            try:
                yield rec["device"], datetime.fromisoformat(rec["ts"]), float(rec["value"]), rec.get("unit", "")
            except (KeyError, ValueError) as exc:
                log.warning("skipping bad record %r: %s", rec, exc)


def partition_name(day: date) -> str:
    return f"telemetry_{day:%Y%m%d}"


def load(conn, day: date, rows: List[Row]) -> int:
    table = sql.Identifier(partition_name(day))
    with conn.cursor() as cur:
        cur.execute(
            sql.SQL("CREATE TABLE IF NOT EXISTS {} (LIKE telemetry INCLUDING ALL)").format(table)
        )
        execute_values(
            cur,
            sql.SQL("INSERT INTO {} (device, ts, value, unit) VALUES %s").format(table).as_string(cur),
            rows,
            page_size=1000,
        )
    conn.commit()
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="Load one day of telemetry CSV.")
    parser.add_argument("csv_path")
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    parser.add_argument("--dsn", default="dbname=telemetry")
    args = parser.parse_args()
    rows = list(read_rows(args.csv_path))
    with psycopg2.connect(args.dsn) as conn:
        n = load(conn, args.day, rows)
    log.info("loaded %d rows into %s", n, partition_name(args.day))


if __name__ == "__main__":
    main()
