# ---
# id: cwe89-sqlalchemy-bind-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlalchemy, etl
# explanation: An ETL step upserts rows with SQLAlchemy text() statements that use named bind parameters for every value taken from the input feed. The SQL text is constant, and executing it with a list of dicts binds each record, so feed contents cannot alter the statement.
# ---
import json
from pathlib import Path

from sqlalchemy import create_engine, text

UPSERT = text(
    """
    INSERT INTO stations (code, name, lat, lon, updated_at)
    VALUES (:code, :name, :lat, :lon, now())
    ON CONFLICT (code) DO UPDATE
       SET name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon, updated_at = now()
    """
)


def load_feed(path: Path) -> list[dict]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [
        {"code": r["id"], "name": r["label"].strip(), "lat": float(r["lat"]), "lon": float(r["lon"])}
        for r in records
        if r.get("id")
    ]


def sync_stations(db_url: str, feed: Path) -> int:
    rows = load_feed(feed)
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(UPSERT, rows)
    return len(rows)
