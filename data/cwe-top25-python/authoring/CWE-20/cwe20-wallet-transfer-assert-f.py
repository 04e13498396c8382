# ---
# id: cwe20-wallet-transfer-assert-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-wallet-transfer-assert-v
# tags: fastapi, sqlalchemy
# explanation: The transfer function now raises an HTTP 400 when the amount is not positive or exceeds the balance, using an explicit if statement that is not removed by python -O. Transfers are only applied after a real range check.
# ---
"""Wallet-to-wallet transfers."""

from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .deps import current_user, get_db
from .models import Wallet

router = APIRouter()


class TransferIn(BaseModel):
    to_wallet: int
    amount: Decimal


def move_funds(db: Session, src: Wallet, dst: Wallet, amount: Decimal) -> None:
    if not (amount > 0 and amount <= src.balance):
        raise HTTPException(status_code=400, detail="invalid amount")
    src.balance -= amount
    dst.balance += amount
    db.commit()


@router.post("/wallet/transfer")
def transfer(body: TransferIn, user=Depends(current_user), db: Session = Depends(get_db)):
    src = db.query(Wallet).filter_by(owner_id=user.id).one()
    dst = db.get(Wallet, body.to_wallet)
    if dst is None:
        raise HTTPException(status_code=404, detail="unknown wallet")
    move_funds(db, src, dst, body.amount)
    return {"balance": str(src.balance)}
