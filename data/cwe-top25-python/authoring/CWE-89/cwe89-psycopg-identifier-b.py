# ---
# id: cwe89-psycopg-identifier-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: psycopg2
# explanation: A partition maintenance script builds table names dynamically, which looks risky, but it composes them with psycopg2.sql.Identifier and passes the cutoff date as a parameter. Identifier quotes the name as an identifier, so even an odd partition name cannot become SQL, and the values are bound.
# ---
from datetime import date

import psycopg2
from psycopg2 import sql


def drop_old_partitions(conn, parent: str, keep_until: date) -> list[str]:
    dropped = []
    with conn.cursor() as cur:
        cur.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = %s",
            (parent,),
        )
        for (child,) in cur.fetchall():
            cur.execute(
                sql.SQL("SELECT max(created_at) < %s FROM {}").format(sql.Identifier(child)),
                (keep_until,),
            )
            (expired,) = cur.fetchone()
            if expired:
                cur.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(child)))
                dropped.append(child)
    conn.commit()
    return dropped


if __name__ == "__main__":
    with psycopg2.connect(service="metrics") as connection:
        print(drop_old_partitions(connection, "events", date(2024, 1, 1)))
