# ---
# id: cwe77-r3-smtplib-welcome-mail-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: smtplib, email
# explanation: Sends a welcome mail to an address from a sign-up form through smtplib and EmailMessage. The address is parsed and refused if it has CR, LF or angle brackets, and the email package folds and checks header values, so the user cannot add SMTP commands or headers.
# ---
import smtplib
from email.message import EmailMessage
from email.utils import parseaddr


def send_welcome(to_addr: str, name: str) -> None:
    _, addr = parseaddr(to_addr)
    if not addr or "@" not in addr or any(c in addr for c in "\r\n<>"):
        raise ValueError("invalid address")
    msg = EmailMessage()
    msg["To"] = addr
    msg["From"] = "noreply@example.com"
    msg["Subject"] = "Welcome"
    msg.set_content(f"Hello {name}!")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
