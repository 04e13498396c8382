# ---
# id: cwe77-smtp-raw-headers-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-smtp-raw-headers-f
# tags: flask, smtplib
# explanation: A contact form assembles the raw message text for smtplib.sendmail by concatenating header lines, with the visitor's name and subject inside them. CR/LF in those fields ends the header and lets the visitor add Bcc:/To: headers or a new body, turning the form into a spam relay (header/command injection).
# ---
import smtplib

from flask import Flask, request, redirect

app = Flask(__name__)
SUPPORT = "support@example.com"
SENDER = "webform@example.com"


def build_message(name, reply_to, subject, body):
    return (
        f"From: {name} <{SENDER}>\r\n"
        f"To: {SUPPORT}\r\n"
        f"Reply-To: {reply_to}\r\n"
        f"Subject: [contact] {subject}\r\n"  #@vuln
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"{body}\r\n"
    )


@app.post("/contact")
def contact():
    f = request.form
    message = build_message(f["name"], f["email"], f["subject"], f["message"])
    with smtplib.SMTP("localhost") as smtp:
        smtp.sendmail(SENDER, [SUPPORT], message.encode("utf-8"))
    return redirect("/contact/thanks")
