# ---
# id: cwe200-card-logging-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-card-logging-f
# tags: logging, payments, dataclasses
# explanation: A payment service logs the full card number, expiry and CVC at INFO level before sending the charge to the processor. Card data ends up in log files, log shippers and backups that are far more widely readable than the payment vault (CWE-532 under CWE-200).
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
    log.info("charging %s %s to card %s exp %02d/%d cvc %s",  #@vuln
             amount, currency, card.number, card.exp_month, card.exp_year, card.cvc)  #@vuln
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
