# ---
# id: cwe400-rates-client-no-timeout-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-rates-client-no-timeout-f
# tags: httpx, asyncio
# explanation: A pricing service fetches exchange rates from an upstream provider on every checkout using an httpx.AsyncClient created with timeout=None. If the provider hangs, each checkout request waits forever, connections pile up and the service stops responding.
# ---
"""Exchange-rate client used at checkout."""

import httpx

RATES_URL = "https://rates.internal.example.com/v2/latest"


class RateClient:
    def __init__(self):
        self._client = httpx.AsyncClient(base_url=RATES_URL, timeout=None)  #@vuln

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
