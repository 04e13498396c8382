# ---
# id: cwe94-template-file-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: jinja2, smtplib
# explanation: An invoicing job renders e-mails with jinja2 templates loaded by a FileSystemLoader from the application's own templates directory; customer names, notes and line items are passed only as context variables. User data is rendered as values and never compiled as template source.
# ---
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates/email"), autoescape=select_autoescape(["html"]))


def render_invoice_mail(invoice) -> EmailMessage:
    context = {
        "customer": invoice.customer_name,
        "note": invoice.customer_note,
        "lines": invoice.lines,
        "total": f"{invoice.total:.2f} {invoice.currency}",
    }
    msg = EmailMessage()
    msg["Subject"] = env.get_template("invoice_subject.txt").render(**context).strip()
    msg["To"] = invoice.customer_email
    msg["From"] = "billing@example.com"
    msg.set_content(env.get_template("invoice.txt").render(**context))
    msg.add_alternative(env.get_template("invoice.html").render(**context), subtype="html")
    return msg


def send_invoices(invoices, host="localhost"):
    with smtplib.SMTP(host) as smtp:
        for invoice in invoices:
            smtp.send_message(render_invoice_mail(invoice))
