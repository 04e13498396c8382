# ---
# id: cwe20-psp-callback-currency-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-psp-callback-currency-v
# tags: flask, hmac
# explanation: The callback now requires both the amount and the currency reported by the provider to match the order before marking it paid, so a payment in a different currency with the same number no longer settles the order.
# ---
"""Payment service provider callbacks."""

import hashlib
import hmac
import os

from flask import Flask, abort, request

from .orders import get_order, mark_paid

app = Flask(__name__)
PSP_SECRET = os.environ["PSP_CALLBACK_SECRET"].encode()


def verify_signature(raw: bytes, signature: str) -> bool:
    expected = hmac.new(PSP_SECRET, raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@app.post("/psp/callback")
def psp_callback():
    if not verify_signature(request.get_data(), request.headers.get("X-PSP-Signature", "")):
        abort(401)
    event = request.get_json()
    order = get_order(event["merchant_reference"])
    if order is None:
        abort(404)
    paid_in_full = (
        int(event["amount_minor"]) == order.total_minor and event.get("currency", "").upper() == order.currency
    )
    if event["status"] == "captured" and paid_in_full:
        mark_paid(order, psp_reference=event["psp_reference"])
    return "", 204
