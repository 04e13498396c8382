# ---
# id: cwe94-r3-email-preview-template-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-r3-email-preview-template-v
# tags: flask, jinja2
# explanation: Fixed twin: the user's template is compiled in a jinja2 SandboxedEnvironment, which blocks access to underscored attributes and unsafe callables, so templates can only use the provided variables.
# ---
from flask import request
from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def preview_email():
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    rendered = _env.from_string(body).render(name="Jane Doe", company="Acme")
    return {"subject": subject, "html": rendered}
