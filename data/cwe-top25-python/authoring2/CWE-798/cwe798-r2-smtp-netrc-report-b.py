# ---
# id: cwe798-r2-smtp-netrc-report-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: smtplib, netrc, email
# explanation: A weekly report mailer logs in to the company SMTP relay with smtplib. The login and password are looked up at run time from the service account's ~/.netrc entry for the relay host (a file outside the repository with its own permissions), and the code fails clearly when the entry is absent; only the relay host, port and addresses are constants.
# ---
import logging
import netrc
import smtplib
import ssl
from datetime import date
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger("weekly-report")

SMTP_HOST = "smtp.relay.corp.example"
SMTP_PORT = 587
SENDER = "reports@corp.example"
RECIPIENTS = ["ops-leads@corp.example"]


def smtp_credentials(host: str = SMTP_HOST) -> tuple[str, str]:
    auth = netrc.netrc(str(Path.home() / ".netrc")).authenticators(host)
    if auth is None:
        raise SystemExit(f"no ~/.netrc entry for {host}")
    login, _account, password = auth
    return login, password


def build_message(rows: list[tuple[str, int, float]]) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Weekly queue report {date.today():%G-W%V}"
    msg["From"] = SENDER
    msg["To"] = ", ".join(RECIPIENTS)
    lines = [f"{name:<24}{count:>8}{p95:>10.1f}s" for name, count, p95 in rows]
    header = f"{'queue':<24}{'jobs':>8}{'p95':>11}"
    msg.set_content("\n".join([header, "-" * len(header), *lines]))
    return msg


def send_report(rows: list[tuple[str, int, float]]) -> None:
    msg = build_message(rows)
    login, password = smtp_credentials()
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(login, password)
        smtp.send_message(msg)
    log.info("report sent to %d recipients", len(RECIPIENTS))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    send_report([("emails", 10234, 1.8), ("thumbnails", 5520, 4.2), ("exports", 311, 37.5)])
