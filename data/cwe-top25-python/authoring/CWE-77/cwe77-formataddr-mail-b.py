# ---
# id: cwe77-formataddr-mail-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: smtplib, email, django
# explanation: A newsletter sender puts the subscriber's display name and the campaign subject into headers, but builds the message with EmailMessage and email.utils.formataddr. The default email policy rejects CR/LF in header values and formataddr quotes the name, so subscriber data cannot add headers or recipients.
# ---
import smtplib
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from newsletter.models import Campaign, Subscriber


def build(campaign: Campaign, sub: Subscriber) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr(("Example Weekly", "weekly@example.com"))
    msg["To"] = formataddr((sub.display_name, sub.email))
    msg["Subject"] = campaign.subject
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg["List-Unsubscribe"] = f"<https://example.com/unsubscribe/{sub.token}>"
    msg.set_content(campaign.text_body)
    return msg


def send_campaign(campaign_id: int) -> int:
    campaign = Campaign.objects.get(pk=campaign_id)
    sent = 0
    with smtplib.SMTP("localhost") as smtp:
        for sub in Subscriber.objects.filter(confirmed=True, unsubscribed_at__isnull=True):
            try:
                smtp.send_message(build(campaign, sub))
            except ValueError:
                continue
            sent += 1
    return sent
