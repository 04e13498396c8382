# ---
# id: cwe94-r3-jinja-package-invoice-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: jinja2
# explanation: Renders an invoice from a template shipped in the package. The template source is the developers' own file; user data (customer notes) is only passed as variables, which are never compiled as template code.
# ---
from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("billing", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_invoice(invoice, customer):
    template = env.get_template("invoice.html")
    return template.render(invoice=invoice, customer=customer, notes=customer.notes)
