# ---
# id: cwe89-r3-delete-tags-in-list-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-r3-delete-tags-in-list-v
# tags: sqlite3
# explanation: Fixed twin: one '?' placeholder is generated per tag and the tags are passed as parameters; only the placeholder count is built into the SQL text.
# ---
import sqlite3


def delete_tags(conn: sqlite3.Connection, note_id: int, tags: list[str]) -> int:
    marks = ", ".join("?" for _ in tags)
    cur = conn.execute(
        f"DELETE FROM note_tags WHERE note_id = ? AND tag IN ({marks})", (note_id, *tags)
    )
    conn.commit()
    return cur.rowcount
