# ---
# id: cwe22-mail-attachments-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-mail-attachments-v
# tags: email, imaplib, helpdesk
# explanation: Attachment names from the e-mail are now reduced to their final path component (after normalising backslashes) and prefixed with a random id, so a declared filename with directories or ".." can only create a file inside the ticket folder.
# ---
import email
import imaplib
import os
import uuid
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
        base_name = os.path.basename(filename.replace("\\", "/")) or "attachment"
        dest = os.path.join(folder, f"{uuid.uuid4().hex[:8]}-{base_name}")
        with open(dest, "wb") as fh:
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
