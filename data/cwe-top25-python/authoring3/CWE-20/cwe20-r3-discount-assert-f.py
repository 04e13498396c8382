# ---
# id: cwe20-r3-discount-assert-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-r3-discount-assert-v
# tags: django
# explanation: The range check is now an explicit if/raise, which runs regardless of interpreter optimisation flags, so out-of-range discounts are always refused.
# ---
from decimal import Decimal


def apply_discount(order, percent):
    percent = Decimal(percent)
    if not Decimal(0) < percent <= Decimal(100):
        raise ValueError("percent out of range")
    order.discount = (order.subtotal * percent / 100).quantize(Decimal("0.01"))
    order.total = order.subtotal - order.discount
    order.save(update_fields=["discount", "total"])
    return order.total
