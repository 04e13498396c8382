# ---
# id: cwe89-r3-psycopg2-sql-identifier-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: psycopg2
# explanation: Copies one table into another with table names that may come from a migration config. The names are composed with psycopg2.sql.Identifier, which quotes them as identifiers, so formatting the query with .format here is the documented correct way and cannot change its structure.
# ---
from psycopg2 import sql


def copy_table(conn, src_table, dst_table):
    query = sql.SQL("INSERT INTO {dst} SELECT * FROM {src}").format(
        dst=sql.Identifier(dst_table),
        src=sql.Identifier(src_table),
    )
    with conn.cursor() as cur:
        cur.execute(query)
    conn.commit()
