# ---
# id: cwe400-rates-client-no-timeout-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-rates-client-no-timeout-v
# tags: httpx, asyncio
# explanation: The client is now created with httpx.Timeout(5.0, connect=2.0), so a hanging rates provider makes the call fail after a few seconds instead of holding the checkout request forever.
# ---
"""Exchange-rate client used at checkout."""

import httpx

RATES_URL = "https://rates.internal.example.com/v2/latest"


class RateClient:
    def __init__(self):
        self._client = httpx.AsyncClient(base_url=RATES_URL, timeout=httpx.Timeout(5.0, connect=2.0))

    async def rate(self, base: str, quote: str) -> float:
        resp = await self._client.get("", params={"base": base, "symbols": quote})
        resp.raise_for_status()
        return float(resp.json()["rates"][quote])

    async def aclose(self):
        await self._client.aclose()


async def price_in(amount_cents: int, currency: str, rates: RateClient) -> int:
    if currency == "EUR":
        return amount_cents
    factor = await rates.rate("EUR", currency)
    return round(amount_cents * factor)
