# ---
# id: cwe200-card-logging-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-card-logging-v
# tags: logging, payments, dataclasses
# explanation: The log line now records only the amount, currency and the last four digits of the card; the full number, expiry and CVC are sent to the processor but never written to logs.
# ---
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments")
PROCESSOR_URL = "https://api.processor.example/v1/charges"


@dataclass
class Card:
    number: str
    exp_month: int
    exp_year: int
    cvc: str


def charge(card: Card, amount: Decimal, currency: str, api_token: str) -> str:
    log.info("charging %s %s to card ending %s", amount, currency, card.number[-4:])
    resp = requests.post(
        PROCESSOR_URL,
        json={"amount": str(amount), "currency": currency, "card": card.__dict__},
        headers={"Authorization": f"Bearer {api_token}"},
        timeout=20,
    )
    resp.raise_for_status()
    charge_id = resp.json()["id"]
    log.info("charge %s succeeded", charge_id)
    return charge_id
