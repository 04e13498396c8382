# ---
# id: cwe798-r3-pg-connection-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-r3-pg-connection-v
# tags: psycopg2
# explanation: The password now comes from the PGPASSWORD-style environment variable at run time, so the credential is not part of the source code.
# ---
import os

import psycopg2
import psycopg2.extras


def get_connection(dbname="reporting"):
    return psycopg2.connect(
        host="db-prod-01.internal",
        port=5432,
        dbname=dbname,
        user="report_rw",
        password=os.environ["REPORT_DB_PASSWORD"],
        cursor_factory=psycopg2.extras.RealDictCursor,
    )
