# ---
# id: cwe20-subcent-transfer-amount-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-subcent-transfer-amount-v
# tags: fastapi, pydantic, decimal
# explanation: check_amount() now also rejects amounts that are not finite or that have more than two decimal places, so the ledger debit and the payout are always the same whole-cent value and no rounding difference can be farmed.
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
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
        raise HTTPException(422, "amount must have at most two decimal places")
    if amount <= 0 or amount > balance:
        raise HTTPException(422, "amount must be positive and covered by the balance")
    return amount


@app.post("/transfers")
async def create_transfer(t: Transfer, account=Depends(current_account)):
    amount = check_amount(t.amount, account.balance)
    debit = amount.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    transfer_id = await post_transfer(account.id, t.to_iban, debit=debit, payout=amount)
    return {"transfer_id": transfer_id}
