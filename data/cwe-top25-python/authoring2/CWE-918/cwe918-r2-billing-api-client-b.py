# ---
# id: cwe918-r2-billing-api-client-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: requests, library
# explanation: A small library client for a billing provider sends every request to the constant API_BASE host; callers only supply an invoice number, which is coerced to int, and search terms, which go through the params argument and are URL-encoded by requests. No caller input can change the scheme, host or port, so the client cannot be turned against other servers.
# ---
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Optional

import requests

log = logging.getLogger(__name__)

API_BASE = "https://api.billing-provider.com/v3"
DEFAULT_TIMEOUT = (3.05, 15)


@dataclass
class Invoice:
    number: int
    customer: str
    total: Decimal
    status: str


class BillingClient:
    def __init__(self, api_key: str, session: Optional[requests.Session] = None):
        self.session = session or requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_key}", "Accept": "application/json"})

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{API_BASE}{path}", params=params or None, timeout=DEFAULT_TIMEOUT)
        if resp.status_code == 404:
            raise LookupError(path)
        resp.raise_for_status()
        return resp.json()

    @staticmethod
    def _invoice(data: dict) -> Invoice:
        return Invoice(int(data["number"]), data["customer"], Decimal(str(data["total"])), data["status"])

    def invoice(self, number) -> Invoice:
        return self._invoice(self._get(f"/invoices/{int(number)}"))

    def search(self, customer: str, status: str = "open", page_size: int = 50) -> Iterator[Invoice]:
        cursor = None
        while True:
            data = self._get("/invoices", customer=customer, status=status, limit=page_size, cursor=cursor)
            for item in data.get("items", []):
                yield self._invoice(item)
            cursor = data.get("next_cursor")
            if not cursor:
                break
            log.debug("fetching next invoice page for %s", customer)
