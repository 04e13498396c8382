# ---
# id: cwe89-constant-fstring-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlite3, dataclasses
# explanation: A small audit-log store formats its table and column names into SQL with f-strings, which looks alarming, but those names are module constants fixed by the program. Every value coming from callers (actor, action, timestamps) goes through "?" parameters.
# ---
import sqlite3
import time
from dataclasses import dataclass

TABLE = "audit_events"
COLUMNS = ("ts", "actor", "action", "target")


@dataclass
class AuditLog:
    path: str = "audit.db"

    def __post_init__(self):
        self.conn = sqlite3.connect(self.path)
        cols = ", ".join(f"{c} TEXT" for c in COLUMNS)
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} ({cols})")

    def record(self, actor: str, action: str, target: str) -> None:
        marks = ", ".join("?" for _ in COLUMNS)
        self.conn.execute(
            f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES ({marks})",
            (str(time.time()), actor, action, target),
        )
        self.conn.commit()

    def by_actor(self, actor: str, limit: int = 100):
        return self.conn.execute(
            f"SELECT ts, action, target FROM {TABLE} WHERE actor = ? ORDER BY ts DESC LIMIT ?",
            (actor, limit),
        ).fetchall()
