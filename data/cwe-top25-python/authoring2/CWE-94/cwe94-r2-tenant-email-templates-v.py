# ---
# id: cwe94-r2-tenant-email-templates-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-r2-tenant-email-templates-f
# tags: jinja2, email
# explanation: A multi-tenant SaaS lets each tenant admin edit the Jinja2 source of its notification e-mails in the web UI, and this module renders them with a plain jinja2.Environment().from_string(). Without a sandbox a template such as {{ cycler.__init__.__globals__.os.popen('id').read() }} runs arbitrary Python on the mail worker (server-side template injection).
# ---
import logging
import smtplib
from email.message import EmailMessage
from functools import lru_cache
from typing import Mapping

from jinja2 import Environment, StrictUndefined, TemplateSyntaxError

log = logging.getLogger("notify.mail")

SMTP_HOST = "localhost"
FALLBACK_SUBJECT = "Notification from {{ tenant.name }}"

env = Environment(undefined=StrictUndefined, autoescape=True)  #@vuln


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
