# ---
# id: cwe20-psp-callback-currency-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-psp-callback-currency-f
# tags: flask, hmac
# explanation: The payment-provider callback is authenticated with an HMAC, but the handler marks the order paid when the reported amount equals the order total without checking the reported currency. A buyer who pays 4999 JPY for a 4999 USD order (the provider happily accepts any currency the buyer picks on its page) gets the order marked as fully paid.
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
    if event["status"] == "captured" and int(event["amount_minor"]) == order.total_minor:  #@vuln
        mark_paid(order, psp_reference=event["psp_reference"])
    return "", 204
