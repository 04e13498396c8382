# ---
# id: cwe79-jinja-plaintext-email-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: jinja2, email
# explanation: The jinja2 Environment here has autoescape=False, which would be a problem for HTML, but it only renders plain-text e-mail bodies that are sent as text/plain; no browser interprets the output as HTML, so escaping is not needed and would corrupt characters like '&'.
# ---
from email.message import EmailMessage

from jinja2 import Environment, StrictUndefined

text_env = Environment(autoescape=False, undefined=StrictUndefined, keep_trailing_newline=True)

SHIPPED = text_env.from_string(
    """Hi {{ customer.first_name }},

Your order {{ order.number }} has shipped & is on its way.

{% for line in order.lines -%}
  * {{ line.quantity }} x {{ line.title }}
{% endfor %}
Track it here: {{ tracking_url }}
"""
)


def shipped_email(order, tracking_url: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Order {order.number} has shipped"
    msg["To"] = order.customer.email
    msg["From"] = "orders@example.com"
    msg.set_content(SHIPPED.render(customer=order.customer, order=order, tracking_url=tracking_url))
    return msg
