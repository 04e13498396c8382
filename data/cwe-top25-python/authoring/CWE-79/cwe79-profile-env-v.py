# ---
# id: cwe79-profile-env-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-profile-env-f
# tags: jinja2, psycopg2
# explanation: A static-site job renders public member profile pages with a jinja2 Environment created with autoescape=False. The bio and display name come from the members table, which members edit themselves, so any HTML they save is copied verbatim into the published pages.
# ---
import pathlib

import psycopg2
from jinja2 import Environment, FileSystemLoader

OUT_DIR = pathlib.Path("public/members")

env = Environment(loader=FileSystemLoader("templates"), autoescape=False)  #@vuln


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
