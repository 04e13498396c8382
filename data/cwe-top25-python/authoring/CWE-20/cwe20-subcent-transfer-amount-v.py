# ---
# id: cwe20-subcent-transfer-amount-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-subcent-transfer-amount-f
# tags: fastapi, pydantic, decimal
# explanation: A payments API accepts transfer amounts as Decimals and only checks that they are positive and within the balance. Amounts with more than two decimal places (0.004) are accepted; the ledger rounds the debit down to 0.00 while the payout partner rounds the credit up, so repeated sub-cent transfers create money. The amount's precision is never validated.
# ---
"""Outgoing bank transfers."""

from decimal import ROUND_DOWN, Decimal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from .auth import current_account
from .ledger import post_transfer

app = FastAPI()


class Transfer(BaseModel):
    to_iban: str
    amount: Decimal


def check_amount(amount: Decimal, balance: Decimal) -> Decimal:
    if amount <= 0 or amount > balance:  #@vuln
        raise HTTPException(422, "amount must be positive and covered by the balance")
    return amount


@app.post("/transfers")
async def create_transfer(t: Transfer, account=Depends(current_account)):
    amount = check_amount(t.amount, account.balance)
    debit = amount.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    transfer_id = await post_transfer(account.id, t.to_iban, debit=debit, payout=amount)
    return {"transfer_id": transfer_id}
