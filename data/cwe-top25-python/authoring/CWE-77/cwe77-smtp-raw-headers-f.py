# ---
# id: cwe77-smtp-raw-headers-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-smtp-raw-headers-v
# tags: flask, smtplib, email
# explanation: The message is now built with email.message.EmailMessage and sent with send_message. The default policy refuses header values containing CR or LF (raising ValueError, answered with 400), so form fields can no longer add headers or recipients.
# ---
import smtplib
from email.message import EmailMessage

from flask import Flask, request, redirect, abort

app = Flask(__name__)
SUPPORT = "support@example.com"
SENDER = "webform@example.com"


def build_message(name, reply_to, subject, body):
    msg = EmailMessage()
    msg["From"] = f"{name} <{SENDER}>"
    msg["To"] = SUPPORT
    msg["Reply-To"] = reply_to
    msg["Subject"] = f"[contact] {subject}"
    msg.set_content(body)
    return msg


@app.post("/contact")
def contact():
    f = request.form
    try:
        message = build_message(f["name"], f["email"], f["subject"], f["message"])
    except ValueError:
        abort(400)
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(message)
    return redirect("/contact/thanks")
