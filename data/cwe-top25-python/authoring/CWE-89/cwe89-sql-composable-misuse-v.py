# ---
# id: cwe89-sql-composable-misuse-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: psycopg2, fastapi
# explanation: The code uses psycopg2.sql, which looks careful, but it wraps an f-string containing the user's search term in sql.SQL(). sql.SQL marks its text as trusted SQL and performs no quoting, so the term is injected exactly as if it had been concatenated.
# ---
import psycopg2
from fastapi import FastAPI
from psycopg2 import sql

app = FastAPI()
conn = psycopg2.connect(service="library")


@app.get("/books")
def search_books(q: str = "", sort: str = "title"):
    column = sql.Identifier(sort if sort in {"title", "author", "year"} else "title")
    query = sql.SQL(f"SELECT id, title, author, year FROM books WHERE title ILIKE '%{q}%' ORDER BY ") + column  #@vuln
    with conn.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return [{"id": r[0], "title": r[1], "author": r[2], "year": r[3]} for r in rows]
