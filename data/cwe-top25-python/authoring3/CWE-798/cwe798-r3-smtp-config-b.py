# ---
# id: cwe798-r3-smtp-config-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: smtplib
# explanation: Report mailer that takes SMTP host, user and password from a config object built from the environment at startup; the function only uses them.
# ---
import smtplib
from email.message import EmailMessage


def send_digest(cfg, recipients, subject, body):
    msg = EmailMessage()
    msg["From"] = cfg.mail_from
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(cfg.smtp_host, cfg.smtp_port, timeout=30) as smtp:
        smtp.starttls()
        if cfg.smtp_user:
            smtp.login(cfg.smtp_user, cfg.smtp_password)
        smtp.send_message(msg)
