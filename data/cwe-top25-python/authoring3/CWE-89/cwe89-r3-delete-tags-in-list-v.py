# ---
# id: cwe89-r3-delete-tags-in-list-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-r3-delete-tags-in-list-f
# tags: sqlite3
# explanation: Removes tags from a note; the tag list comes from the JSON body of an API request. Each tag is wrapped in quotes by hand and pasted into the IN (...) list, so a tag containing a quote, such as "x') OR 1=1 --", deletes the tags of every note.
# ---
import sqlite3


def delete_tags(conn: sqlite3.Connection, note_id: int, tags: list[str]) -> int:
    quoted = ", ".join("'%s'" % t for t in tags)  #@vuln
    cur = conn.execute(
        f"DELETE FROM note_tags WHERE note_id = ? AND tag IN ({quoted})", (note_id,)
    )
    conn.commit()
    return cur.rowcount
