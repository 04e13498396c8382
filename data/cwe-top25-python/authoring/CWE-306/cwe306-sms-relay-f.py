# ---
# id: cwe306-sms-relay-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-sms-relay-v
# tags: flask, twilio, hmac
# explanation: The send endpoint now requires a per-service API key in the X-Service-Key header, looked up in the configured set and compared in constant time, so only the internal services that hold a key can send text messages through the paid account.
# ---
import hmac
import os

from flask import Flask, abort, jsonify, request
from twilio.rest import Client

app = Flask(__name__)
twilio = Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"])
SENDER = os.environ["SMS_SENDER_ID"]
SERVICE_KEYS = [k for k in os.environ["SMS_SERVICE_KEYS"].split(",") if k]


def normalise(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return digits if digits.startswith("+") else "+" + digits


@app.post("/sms/send")
def send_sms():
    key = request.headers.get("X-Service-Key", "")
    if not any(hmac.compare_digest(key, k) for k in SERVICE_KEYS):
        abort(401)
    payload = request.get_json(force=True)
    to = normalise(payload["to"])
    body = str(payload["body"])[:480]
    message = twilio.messages.create(to=to, from_=SENDER, body=body)
    return jsonify(sid=message.sid, status=message.status)
