# ---
# id: cwe89-r3-metrics-executemany-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlite3
# explanation: Writes metric rows with executemany and '?' placeholders; every value from the incoming batch is bound by sqlite3, and the SQL text is constant.
# ---
import sqlite3


def upsert_many(db_path, table_rows):
    conn = sqlite3.connect(db_path)
    try:
        conn.executemany(
            "INSERT INTO metrics (host, name, value, ts) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(host, name, ts) DO UPDATE SET value = excluded.value",
            table_rows,
        )
        conn.commit()
    finally:
        conn.close()
