# ---
# id: cwe94-r3-email-preview-template-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-r3-email-preview-template-f
# tags: flask, jinja2
# explanation: An email-campaign editor previews the body a user typed by compiling it as a Jinja2 template. A template from the request is code: '{{ cycler.__init__.__globals__.os.popen("id").read() }}' runs shell commands (server-side template injection).
# ---
from flask import request
from jinja2 import Template


def preview_email():
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    rendered = Template(body).render(name="Jane Doe", company="Acme")  #@vuln
    return {"subject": subject, "html": rendered}
