# ---
# id: cwe89-click-like-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: click, sqlite3
# explanation: A click command for a shared parts database searches by a name pattern that is formatted into a LIKE clause with the % operator. The pattern comes straight from the command line of a tool exposed through a chat-ops wrapper, and quotes in it alter the SQL executed against the shared database.
# ---
import sqlite3

import click


@click.command()
@click.argument("pattern")
@click.option("--db", "db_path", default="parts.sqlite", show_default=True)
@click.option("--limit", default=20, type=int)
def find_parts(pattern, db_path, limit):
    """Print parts whose name matches PATTERN."""
    conn = sqlite3.connect(db_path)
    like = pattern.replace("*", "%")
    sql = "SELECT part_no, name, stock FROM parts WHERE name LIKE '%s' LIMIT %d" % (like, limit)  #@vuln
    for part_no, name, stock in conn.execute(sql):
        click.echo(f"{part_no:<12} {name:<40} {stock:>6}")
    conn.close()


if __name__ == "__main__":
    find_parts()
