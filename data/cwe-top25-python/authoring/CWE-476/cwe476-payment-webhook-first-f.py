# ---
# id: cwe476-payment-webhook-first-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-payment-webhook-first-v
# tags: flask, sqlalchemy, stripe
# explanation: mark_paid() now returns early when no invoice matches the provider id, so events for unknown invoices are acknowledged instead of crashing on None.
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
    if invoice is None:
        return
    invoice.status = "paid"
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
