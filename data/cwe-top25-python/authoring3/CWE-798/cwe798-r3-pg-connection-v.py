# ---
# id: cwe798-r3-pg-connection-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-r3-pg-connection-f
# tags: psycopg2
# explanation: Connection helper of a reporting job. The database password is a string literal in the source, so everyone with access to the code (or the built package) has the production credentials and they cannot be rotated without a release.
# ---
import psycopg2
import psycopg2.extras


def get_connection(dbname="reporting"):
    return psycopg2.connect(
        host="db-prod-01.internal",
        port=5432,
        dbname=dbname,
        user="report_rw",
        password="R3port!2021#prod",  #@vuln
        cursor_factory=psycopg2.extras.RealDictCursor,
    )
