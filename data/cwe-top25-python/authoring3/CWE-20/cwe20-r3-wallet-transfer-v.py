# ---
# id: cwe20-r3-wallet-transfer-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-r3-wallet-transfer-f
# tags: decimal, sqlalchemy
# explanation: The transfer service checks that the sender has enough balance but never that the amount is positive. A request with amount "-500" passes the balance check and moves money from the recipient to the sender.
# ---
from decimal import Decimal, InvalidOperation


class InsufficientFunds(Exception):
    pass


def transfer(session, sender, recipient, raw_amount):
    try:
        amount = Decimal(raw_amount)
    except InvalidOperation:
        raise ValueError("amount must be a number")
    if sender.balance < amount:  #@vuln
        raise InsufficientFunds()
    sender.balance -= amount
    recipient.balance += amount
    session.add_all([sender, recipient])
    session.commit()
