# ---
# id: cwe20-r2-fastapi-wallet-transfer-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-r2-fastapi-wallet-transfer-v
# tags: fastapi, pydantic, sqlalchemy
# explanation: The amount field is now constrained with Field(gt=0, max_digits=12, decimal_places=2), so FastAPI rejects zero, negative and over-precise amounts with 422 before the handler runs; a transfer can only move a positive amount from the caller to the recipient.
# ---
import logging
import uuid
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .auth import current_user_id
from .db import get_session
from .models import LedgerEntry, Wallet

router = APIRouter(prefix="/wallet")
log = logging.getLogger(__name__)


class TransferRequest(BaseModel):
    to_wallet: uuid.UUID
    amount: Decimal = Field(..., gt=0, max_digits=12, decimal_places=2)
    note: str = Field("", max_length=140)


def locked_wallet(session: Session, wallet_id) -> Wallet:
    wallet = session.query(Wallet).filter(Wallet.id == wallet_id).with_for_update().one_or_none()
    if wallet is None:
        raise HTTPException(status_code=404, detail="wallet not found")
    return wallet


@router.post("/transfers", status_code=201)
def transfer(body: TransferRequest, user_id: int = Depends(current_user_id), session: Session = Depends(get_session)):
    source = session.query(Wallet).filter(Wallet.owner_id == user_id).one()
    if source.id == body.to_wallet:
        raise HTTPException(status_code=422, detail="cannot transfer to yourself")
    first, second = sorted([source.id, body.to_wallet], key=str)
    wallets = {w.id: w for w in (locked_wallet(session, first), locked_wallet(session, second))}
    src, dst = wallets[source.id], wallets[body.to_wallet]
    if src.balance < body.amount:
        raise HTTPException(status_code=409, detail="insufficient funds")
    src.balance -= body.amount
    dst.balance += body.amount
    ref = uuid.uuid4()
    session.add_all([
        LedgerEntry(ref=ref, wallet_id=src.id, delta=-body.amount, note=body.note),
        LedgerEntry(ref=ref, wallet_id=dst.id, delta=body.amount, note=body.note),
    ])
    session.commit()
    log.info("transfer %s: %s -> %s (%s)", ref, src.id, dst.id, body.amount)
    return {"reference": str(ref), "balance": str(src.balance)}
