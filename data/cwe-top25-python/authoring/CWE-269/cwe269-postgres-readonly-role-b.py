# ---
# id: cwe269-postgres-readonly-role-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: psycopg2
# explanation: The reporting login created for each tenant is a plain LOGIN role with NOSUPERUSER NOCREATEDB NOCREATEROLE that only receives USAGE on the tenant's schema and SELECT on its tables, which is the least privilege the BI tool needs.
# ---
import secrets

import psycopg2
from psycopg2 import sql


def provision_readonly_login(admin_dsn: str, tenant_slug: str) -> tuple[str, str]:
    role = sql.Identifier(f"ro_{tenant_slug}")
    schema = sql.Identifier(f"tenant_{tenant_slug}")
    password = secrets.token_urlsafe(24)
    with psycopg2.connect(admin_dsn) as conn, conn.cursor() as cur:
        cur.execute(
            sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %s").format(role),
            (password,),
        )
        cur.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, role))
        cur.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(schema, role))
        cur.execute(sql.SQL("ALTER ROLE {} SET search_path = {}").format(role, schema))
    return f"ro_{tenant_slug}", password
