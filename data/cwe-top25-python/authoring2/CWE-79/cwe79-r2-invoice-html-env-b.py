# ---
# id: cwe79-r2-invoice-html-env-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: jinja2, markupsafe
# explanation: An invoice renderer uses a Jinja2 Environment with select_autoescape for .html templates, and its one custom filter that returns Markup builds it with markupsafe's Markup.format(), which escapes every argument; customer names, addresses and line descriptions therefore all reach the HTML escaped.
# ---
from dataclasses import dataclass, field
from decimal import Decimal
from typing import List

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("billing", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class Line:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Invoice:
    number: str
    customer_name: str
    address_lines: List[str]
    currency: str = "EUR"
    lines: List[Line] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0"))


def money(value: Decimal, currency: str = "EUR") -> str:
    return f"{value.quantize(Decimal('0.01')):,} {currency}"


def address_block(lines: List[str]) -> Markup:
    joined = Markup("<br>").join(lines)
    return Markup('<address class="addr">{}</address>').format(joined)


env.filters["money"] = money
env.filters["address_block"] = address_block


def render_invoice(invoice: Invoice) -> str:
    template = env.get_template("invoice.html")
    return template.render(invoice=invoice, issued_by="Acme Billing")


def render_many(invoices: List[Invoice]) -> dict:
    return {inv.number: render_invoice(inv) for inv in invoices}
