# ---
# id: cwe306-sms-relay-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-sms-relay-f
# tags: flask, twilio
# explanation: An internal notification service exposes POST /sms/send, which sends a text message to any number through the company's paid Twilio account. The route requires no credentials, so anyone who finds it can send messages at the company's expense and impersonate its sender id.
# ---
import os

from flask import Flask, jsonify, request
from twilio.rest import Client

app = Flask(__name__)
twilio = Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"])
SENDER = os.environ["SMS_SENDER_ID"]


def normalise(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return digits if digits.startswith("+") else "+" + digits


@app.post("/sms/send")
def send_sms():
    payload = request.get_json(force=True)
    to = normalise(payload["to"])
    body = str(payload["body"])[:480]
    message = twilio.messages.create(to=to, from_=SENDER, body=body)  #@vuln
    return jsonify(sid=message.sid, status=message.status)
