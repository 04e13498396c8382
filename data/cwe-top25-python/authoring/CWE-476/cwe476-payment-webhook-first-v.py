# ---
# id: cwe476-payment-webhook-first-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-payment-webhook-first-f
# tags: flask, sqlalchemy, stripe
# explanation: A payment webhook looks up the local invoice for the provider's invoice id with query(...).first(), which returns None when the id is unknown (another environment's events, deleted invoices, test events). The handler sets invoice.status on None, raising AttributeError; the provider keeps retrying and the failure blocks processing of the queue.
# ---
"""Stripe webhook receiver."""

import os

import stripe
from flask import Flask, abort, request

from .db import Session
from .models import Invoice

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


def mark_paid(session, provider_invoice_id: str, amount: int) -> None:
    invoice = session.query(Invoice).filter_by(provider_id=provider_invoice_id).first()
    invoice.status = "paid"  #@vuln
    invoice.amount_paid_cents = amount
    session.commit()


@app.post("/webhooks/stripe")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(
            request.get_data(), request.headers.get("Stripe-Signature", ""), WEBHOOK_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "invoice.paid":
        obj = event["data"]["object"]
        with Session() as session:
            mark_paid(session, obj["id"], obj["amount_paid"])
    return "", 204
