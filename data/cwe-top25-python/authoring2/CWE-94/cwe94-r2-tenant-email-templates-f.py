# ---
# id: cwe94-r2-tenant-email-templates-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-r2-tenant-email-templates-v
# tags: jinja2, email
# explanation: Tenant templates are now compiled by jinja2.sandbox.SandboxedEnvironment, which blocks access to underscore attributes and other unsafe internals at render time, so a tenant-edited template can only format the provided context and cannot reach os or builtins.
# ---
import logging
import smtplib
from email.message import EmailMessage
from functools import lru_cache
from typing import Mapping

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

log = logging.getLogger("notify.mail")

SMTP_HOST = "localhost"
FALLBACK_SUBJECT = "Notification from {{ tenant.name }}"

env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


@lru_cache(maxsize=256)
def compile_template(source: str):
    return env.from_string(source)


class TemplateStore:
    def __init__(self, db):
        self.db = db

    def get(self, tenant_id: int, kind: str) -> Mapping[str, str]:
        row = self.db.execute(
            "SELECT subject, body FROM mail_templates WHERE tenant_id = ? AND kind = ?", (tenant_id, kind)
        ).fetchone()
        if row is None:
            raise LookupError(f"no {kind} template for tenant {tenant_id}")
        return {"subject": row[0] or FALLBACK_SUBJECT, "body": row[1]}


def render_message(store: TemplateStore, tenant: dict, kind: str, context: dict) -> EmailMessage:
    tpl = store.get(tenant["id"], kind)
    try:
        subject = compile_template(tpl["subject"]).render(tenant=tenant, **context)
        body = compile_template(tpl["body"]).render(tenant=tenant, **context)
    except TemplateSyntaxError as exc:
        log.warning("tenant %s has a broken %s template: %s", tenant["id"], kind, exc)
        raise
    msg = EmailMessage()
    msg["Subject"] = subject.strip()[:200]
    msg["From"] = f"{tenant['name']} <no-reply@mail.example.com>"
    msg["To"] = context["recipient"]
    msg.set_content(body, subtype="html")
    return msg


def send(store: TemplateStore, tenant: dict, kind: str, context: dict) -> None:
    msg = render_message(store, tenant, kind, context)
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.send_message(msg)
    log.info("sent %s mail for tenant %s to %s", kind, tenant["id"], context["recipient"])
