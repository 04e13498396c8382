# ---
# id: cwe798-env-required-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: psycopg2, os
# explanation: A worker reads its database password and API token from environment variables with empty defaults and exits with a clear message when either is missing. The defaults are empty placeholders, not working credentials, so nothing secret is in the code.
# ---
import os
import sys

import psycopg2

DB_HOST = os.environ.get("DB_HOST", "localhost")
DB_USER = os.environ.get("DB_USER", "worker")
DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
PARTNER_TOKEN = os.environ.get("PARTNER_TOKEN", "")


def require_settings():
    missing = [name for name, value in (("DB_PASSWORD", DB_PASSWORD), ("PARTNER_TOKEN", PARTNER_TOKEN)) if not value]
    if missing:
        sys.exit(f"missing required environment variables: {', '.join(missing)}")


def connect():
    require_settings()
    return psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD, dbname="jobs")


if __name__ == "__main__":
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM jobs WHERE state = %s", ("queued",))
        print("queued jobs:", cur.fetchone()[0])
