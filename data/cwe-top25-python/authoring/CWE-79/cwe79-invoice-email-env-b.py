# ---
# id: cwe79-invoice-email-env-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: jinja2, smtplib
# explanation: Billing e-mails are rendered with a jinja2 Environment that uses select_autoescape for HTML templates, and customer fields (company name, line item descriptions) are passed as variables. Only the fixed footer markup is wrapped in Markup, so customer text is escaped in the HTML body.
# ---
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("billing", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
)

FOOTER = Markup('<p class="footer">Questions? <a href="https://example.com/support">Contact support</a></p>')


def render_invoice(invoice):
    tmpl = env.get_template("invoice.html")
    return tmpl.render(
        company=invoice.customer.company_name,
        lines=[(li.description, li.quantity, li.amount) for li in invoice.lines],
        total=invoice.total,
        footer=FOOTER,
    )


def send_invoice(invoice, smtp_host="localhost"):
    msg = EmailMessage()
    msg["Subject"] = f"Invoice {invoice.number}"
    msg["To"] = invoice.customer.billing_email
    msg["From"] = "billing@example.com"
    msg.set_content("Your invoice is attached as HTML.")
    msg.add_alternative(render_invoice(invoice), subtype="html")
    with smtplib.SMTP(smtp_host) as smtp:
        smtp.send_message(msg)
