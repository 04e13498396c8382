# ---
# id: cwe20-r3-wallet-transfer-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-r3-wallet-transfer-v
# tags: decimal, sqlalchemy
# explanation: The amount must now be a finite positive number with at most two decimal places before the balance check, so negative or NaN amounts can no longer reverse the direction of a transfer.
# ---
from decimal import Decimal, InvalidOperation


class InsufficientFunds(Exception):
    pass


def transfer(session, sender, recipient, raw_amount):
    try:
        amount = Decimal(raw_amount)
    except InvalidOperation:
        raise ValueError("amount must be a number")
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValueError("amount must be positive with at most 2 decimals")
    if sender.balance < amount:
        raise InsufficientFunds()
    sender.balance -= amount
    recipient.balance += amount
    session.add_all([sender, recipient])
    session.commit()
