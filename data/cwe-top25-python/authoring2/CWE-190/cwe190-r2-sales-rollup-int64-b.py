# ---
# id: cwe190-r2-sales-rollup-int64-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy, sqlalchemy, report
# explanation: A nightly report job loads order lines from the company's own database into int32 numpy arrays to save memory, but widens them to int64 before multiplying quantity by unit price and sums with an int64 accumulator. With quantities and prices bounded by the schema, the int64 products and totals cannot wrap, so the revenue figures are exact.
# ---
"""Nightly revenue rollup per region and product family."""

import csv
import datetime as dt
import logging
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, text

log = logging.getLogger("reports.revenue")

LINES_SQL = text(
    "SELECT l.region_id, l.family_id, l.quantity, l.unit_cents "
    "FROM order_lines l WHERE l.booked_on = :day"
)


def load_lines(engine, day: dt.date):
    with engine.connect() as conn:
        rows = conn.execute(LINES_SQL, {"day": day}).fetchall()
    if not rows:
        return None
    arr = np.array(rows, dtype=np.int32)
    return arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]


def rollup(region, family, quantity, unit_cents):
    revenue = quantity.astype(np.int64) * unit_cents.astype(np.int64)
    keys = region.astype(np.int64) * 100_000 + family
    uniq, inverse = np.unique(keys, return_inverse=True)
    totals = np.bincount(inverse, weights=None, minlength=len(uniq)).astype(np.int64)
    sums = np.zeros(len(uniq), dtype=np.int64)
    np.add.at(sums, inverse, revenue)
    for key, count, cents in zip(uniq, totals, sums):
        yield int(key // 100_000), int(key % 100_000), int(count), int(cents)


def write_report(out_dir: Path, day: dt.date, rows) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"revenue-{day.isoformat()}.csv"
    with open(target, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["region", "family", "lines", "revenue"])
        for region, family, count, cents in rows:
            writer.writerow([region, family, count, f"{cents / 100:.2f}"])
    return target


def run(dsn: str, out_dir: Path, day: dt.date | None = None) -> Path | None:
    day = day or dt.date.today() - dt.timedelta(days=1)
    engine = create_engine(dsn)
    loaded = load_lines(engine, day)
    if loaded is None:
        log.info("no order lines booked on %s", day)
        return None
    target = write_report(out_dir, day, rollup(*loaded))
    log.info("wrote %s", target)
    return target
