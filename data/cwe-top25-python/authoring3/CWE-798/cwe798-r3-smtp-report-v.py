# ---
# id: cwe798-r3-smtp-report-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: smtplib
# explanation: Sends the weekly report email. The SMTP account's password is a literal in the function, so the mailbox credentials are exposed to everyone with the code.
# ---
import smtplib
from email.message import EmailMessage


def send_report(recipients, subject, body):
    msg = EmailMessage()
    msg["From"] = "reports@acme.example"
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("smtp.acme.example", 587) as smtp:
        smtp.starttls()
        smtp.login("reports@acme.example", "Wk!y-R3ports-2024")  #@vuln
        smtp.send_message(msg)
