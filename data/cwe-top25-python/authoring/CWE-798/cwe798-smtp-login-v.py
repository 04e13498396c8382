# ---
# id: cwe798-smtp-login-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: smtplib, email
# explanation: An alerting helper logs into the company's SMTP relay with an account password given as a literal in smtp.login. The mailbox credential is visible to anyone reading the code and can be used to send mail as the company.
# ---
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "alerts@example.com"


def send_alert(to_addrs, subject, body):
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(to_addrs)
    msg["Subject"] = f"[ALERT] {subject}"
    msg.set_content(body)
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, 587, timeout=20) as smtp:
        smtp.starttls(context=context)
        smtp.login(SMTP_USER, "Al3rts-Spring!")  #@vuln
        smtp.send_message(msg)
