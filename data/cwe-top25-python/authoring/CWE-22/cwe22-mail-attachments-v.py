# ---
# id: cwe22-mail-attachments-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-mail-attachments-f
# tags: email, imaplib, helpdesk
# explanation: A helpdesk poller turns incoming e-mails into tickets and saves each attachment under the ticket folder using the filename declared in the MIME part. The sender controls that filename, so "../../../../home/helpdesk/.ssh/authorized_keys" writes outside the ticket directory.
# ---
import email
import imaplib
import os
from email.message import Message

TICKET_ROOT = "/srv/helpdesk/tickets"


def save_attachments(msg: Message, ticket_id: int) -> list[str]:
    folder = os.path.join(TICKET_ROOT, str(ticket_id))
    os.makedirs(folder, exist_ok=True)
    saved = []
    for part in msg.walk():
        filename = part.get_filename()
        if not filename:
            continue
        dest = os.path.join(folder, filename)
        with open(dest, "wb") as fh:  #@vuln
            fh.write(part.get_payload(decode=True) or b"")
        saved.append(dest)
    return saved


def poll(host: str, user: str, password: str, create_ticket) -> None:
    with imaplib.IMAP4_SSL(host) as imap:
        imap.login(user, password)
        imap.select("INBOX")
        _, ids = imap.search(None, "UNSEEN")
        for num in ids[0].split():
            _, data = imap.fetch(num, "(RFC822)")
            msg = email.message_from_bytes(data[0][1])
            ticket_id = create_ticket(msg["From"], msg["Subject"])
            save_attachments(msg, ticket_id)
