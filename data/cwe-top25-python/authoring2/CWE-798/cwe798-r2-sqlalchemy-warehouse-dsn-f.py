# ---
# id: cwe798-r2-sqlalchemy-warehouse-dsn-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-r2-sqlalchemy-warehouse-dsn-v
# tags: sqlalchemy, etl
# explanation: An ETL module copies yesterday's events into the reporting warehouse. The warehouse DSN, which carries the loader account's password, now comes only from the WAREHOUSE_DSN environment variable (a KeyError stops the job if it is missing), so no credential is stored in the code.
# ---
import logging
import os
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("etl.events")

SOURCE_DSN = os.environ.get("EVENTS_DSN", "postgresql+psycopg2:///events")
WAREHOUSE_DSN = os.environ["WAREHOUSE_DSN"]
BATCH = 5000

SELECT_EVENTS = text(
    "SELECT id, occurred_at, account_id, kind, payload FROM events "
    "WHERE occurred_at >= :start AND occurred_at < :end ORDER BY id"
)
INSERT_FACT = text(
    "INSERT INTO fact_events (event_id, day, account_id, kind, payload) "
    "VALUES (:id, :day, :account_id, :kind, :payload) ON CONFLICT (event_id) DO NOTHING"
)


def engines() -> tuple[Engine, Engine]:
    src = create_engine(SOURCE_DSN, pool_pre_ping=True)
    dst = create_engine(WAREHOUSE_DSN, pool_pre_ping=True)
    return src, dst


def batched(rows: Iterable, size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def load_day(day: date) -> int:
    src, dst = engines()
    copied = 0
    with src.connect() as s, dst.begin() as d:
        result = s.execution_options(stream_results=True).execute(
            SELECT_EVENTS, {"start": day, "end": day + timedelta(days=1)}
        )
        for chunk in batched(result.mappings(), BATCH):
            d.execute(INSERT_FACT, [dict(r, day=day) for r in chunk])
            copied += len(chunk)
            log.debug("copied %d rows so far", copied)
    return copied


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    target = date.today() - timedelta(days=1)
    log.info("loaded %d events for %s", load_day(target), target)
