# ---
# id: cwe269-postgres-superuser-role-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: psycopg2
# explanation: When a tenant enables the reporting add-on, the provisioning code creates a database login for their BI tool with SUPERUSER. The tenant only needs read access to its own schema, but a superuser can read every tenant's data, change roles and run server-side programs.
# ---
import secrets

import psycopg2
from psycopg2 import sql


def provision_report_login(admin_dsn: str, tenant_slug: str) -> tuple[str, str]:
    role = f"report_{tenant_slug}"
    password = secrets.token_urlsafe(24)
    with psycopg2.connect(admin_dsn) as conn, conn.cursor() as cur:
        cur.execute(
            sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD %s").format(sql.Identifier(role)),  #@vuln
            (password,),
        )
        cur.execute(
            sql.SQL("ALTER ROLE {} SET search_path = {}").format(
                sql.Identifier(role), sql.Identifier(f"tenant_{tenant_slug}")
            )
        )
    return role, password
