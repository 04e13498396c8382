# ---
# id: cwe20-r3-discount-assert-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-r3-discount-assert-f
# tags: django
# explanation: The coupon API validates the percentage sent by shop staff with an assert. Production servers commonly run with python -O, which removes asserts, so a 150% or negative discount is applied unchecked and produces negative prices.
# ---
from decimal import Decimal


def apply_discount(order, percent):
    percent = Decimal(percent)
    assert Decimal(0) < percent <= Decimal(100), "percent out of range"  #@vuln
    order.discount = (order.subtotal * percent / 100).quantize(Decimal("0.01"))
    order.total = order.subtotal - order.discount
    order.save(update_fields=["discount", "total"])
    return order.total
