# ---
# id: cwe20-wallet-transfer-assert-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-wallet-transfer-assert-f
# tags: fastapi, sqlalchemy
# explanation: The wallet transfer function checks that the amount is positive and covered by the balance with assert statements. Production runs Python with -O, which strips asserts, so a negative or oversized transfer goes through and lets a user pull money from the recipient or overdraw the account.
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
    assert amount > 0 and amount <= src.balance, "invalid amount"  #@vuln
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
