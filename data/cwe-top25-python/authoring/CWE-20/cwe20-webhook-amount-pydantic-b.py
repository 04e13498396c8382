# ---
# id: cwe20-webhook-amount-pydantic-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: fastapi, pydantic
# explanation: A marketplace settles seller payouts from signed provider events parsed into a pydantic model with a constrained currency code, a non-negative integer amount and a literal status; the handler then requires both amount and currency to match the stored payout before settling it.
# ---
from typing import Literal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from .payouts import get_payout, settle
from .signing import verified_body

app = FastAPI()


class PayoutEvent(BaseModel):
    payout_id: str = Field(pattern=r"^po_[A-Za-z0-9]{16}$")
    status: Literal["paid", "failed"]
    amount_minor: int = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")


@app.post("/provider/payouts")
async def payout_event(raw: bytes = Depends(verified_body)):
    event = PayoutEvent.model_validate_json(raw)
    payout = await get_payout(event.payout_id)
    if payout is None:
        raise HTTPException(404, "unknown payout")
    if event.status == "paid":
        if (event.amount_minor, event.currency) != (payout.amount_minor, payout.currency):
            raise HTTPException(409, "amount or currency does not match the payout")
        await settle(payout)
    return {"ok": True}
