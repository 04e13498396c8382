# ---
# id: cwe20-fx-currency-default-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-fx-currency-default-v
# tags: fastapi, decimal
# explanation: convert() now looks the currency up in RATES directly and answers 422 for codes the table does not have, so an unknown currency can no longer be paid out at a default 1:1 rate.
# ---
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException

from .auth import current_merchant
from .rates import load_rates
from .payouts import schedule_payout

router = APIRouter()
RATES = load_rates()


def convert(amount_usd: Decimal, currency: str) -> Decimal:
    rate = RATES.get(currency.upper())
    if rate is None:
        raise HTTPException(422, f"unsupported currency {currency!r}")
    return (amount_usd * rate).quantize(Decimal("0.01"))


@router.post("/payouts")
async def request_payout(currency: str, merchant=Depends(current_merchant)):
    amount = convert(merchant.available_usd, currency)
    payout_id = await schedule_payout(merchant.id, amount, currency.upper())
    return {"payout_id": payout_id, "amount": str(amount), "currency": currency.upper()}
