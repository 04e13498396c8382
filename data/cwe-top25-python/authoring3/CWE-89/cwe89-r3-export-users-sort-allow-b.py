# ---
# id: cwe89-r3-export-users-sort-allow-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlite3
# explanation: Exports users sorted by a requested column. The f-string looks risky, but the interpolated value is checked against a fixed tuple of column names and replaced by 'name' otherwise, so only a known identifier reaches the SQL.
# ---
import sqlite3

_COLUMNS = ("name", "email", "created")


def export_users(conn: sqlite3.Connection, sort: str = "name"):
    column = sort if sort in _COLUMNS else "name"
    cur = conn.execute(f"SELECT name, email, created FROM users ORDER BY {column}")
    for row in cur:
        yield dict(zip(_COLUMNS, row))
