# ---
# id: cwe287-r3-stripe-sig-required-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: flask, hmac
# explanation: Webhook endpoint that always requires the signature header: a missing header is rejected, the timestamp must be recent, and the HMAC over timestamp and body is compared in constant time before the event is used.
# ---
import hashlib
import hmac
import time

from flask import request, abort


def billing_webhook():
    header = request.headers.get("X-Signature", "")
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    if "t" not in parts or "v1" not in parts:
        abort(400)
    if abs(time.time() - int(parts["t"])) > 300:
        abort(400)
    payload = parts["t"].encode() + b"." + request.get_data()
    expected = hmac.new(WEBHOOK_KEY, payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, parts["v1"]):
        abort(403)
    handle_event(request.get_json())
    return "", 200
