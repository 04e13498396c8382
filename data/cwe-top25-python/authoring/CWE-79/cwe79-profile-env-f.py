# ---
# id: cwe79-profile-env-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-profile-env-v
# tags: jinja2, psycopg2
# explanation: The static-site job now builds its jinja2 Environment with select_autoescape for .html templates, so member-edited names and bios are HTML-escaped when rendered into the published pages and cannot carry script.
# ---
import pathlib

import psycopg2
from jinja2 import Environment, FileSystemLoader, select_autoescape

OUT_DIR = pathlib.Path("public/members")

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def fetch_members(dsn):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, display_name, bio FROM members WHERE public")
        return cur.fetchall()


def build(dsn):
    template = env.get_template("member.html")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for member_id, display_name, bio in fetch_members(dsn):
        page = template.render(name=display_name, bio=bio, member_id=member_id)
        (OUT_DIR / f"{member_id}.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    build("dbname=community")
