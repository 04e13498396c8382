# ---
# id: cwe20-fx-currency-default-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-fx-currency-default-f
# tags: fastapi, decimal
# explanation: The payout service converts a balance into the currency named by the client, looking up the rate with RATES.get(currency, Decimal(1)). An unknown or made-up currency code is not rejected but silently converted at 1:1, so requesting a payout in a weak currency code the table lacks, or in an arbitrary string, pays out the wrong amount.
# ---
from decimal import Decimal

from fastapi import APIRouter, Depends

from .auth import current_merchant
from .rates import load_rates
from .payouts import schedule_payout

router = APIRouter()
RATES = load_rates()


def convert(amount_usd: Decimal, currency: str) -> Decimal:
    rate = RATES.get(currency.upper(), Decimal(1))  #@vuln
    return (amount_usd * rate).quantize(Decimal("0.01"))


@router.post("/payouts")
async def request_payout(currency: str, merchant=Depends(current_merchant)):
    amount = convert(merchant.available_usd, currency)
    payout_id = await schedule_payout(merchant.id, amount, currency.upper())
    return {"payout_id": payout_id, "amount": str(amount), "currency": currency.upper()}
