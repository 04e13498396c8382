# ---
# id: cwe77-r2-digest-sendmail-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: celery, sendmail, subprocess
# explanation: A Celery task sends weekly digests through /usr/sbin/sendmail. The argv is constant ('-t' makes sendmail read recipients from the To header, '-i' and a fixed envelope sender), and the subscriber's address and name go only into headers of an email.message.EmailMessage, whose default policy rejects CR/LF in header values; nothing user-controlled becomes a sendmail option or an extra header.
# ---
import logging
import subprocess
from email.headerregistry import Address
from email.message import EmailMessage
from typing import List

from celery import shared_task

from news.models import Article, Subscriber

log = logging.getLogger(__name__)

SENDMAIL_ARGV = ["/usr/sbin/sendmail", "-t", "-i", "-f", "bounces@news.example.com"]
FROM = Address("Example News", "digest", "news.example.com")


def digest_text(articles: List[Article]) -> str:
    lines = ["This week's most read articles:", ""]
    for i, art in enumerate(articles, 1):
        lines.append(f"{i}. {art.title}")
        lines.append(f"   {art.get_absolute_url()}")
    lines += ["", "Unsubscribe: https://news.example.com/account/email"]
    return "\n".join(lines)


def build(sub: Subscriber, articles: List[Article]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = FROM
    user, _, domain = sub.email.rpartition("@")
    msg["To"] = Address(sub.display_name or "", user, domain)
    msg["Subject"] = f"Your weekly digest ({len(articles)} articles)"
    msg["List-Unsubscribe"] = f"<https://news.example.com/u/{sub.token}>"
    msg.set_content(digest_text(articles))
    return msg


@shared_task(rate_limit="30/m")
def send_digest(subscriber_id: int) -> bool:
    sub = Subscriber.objects.get(pk=subscriber_id)
    if not sub.confirmed:
        return False
    articles = list(Article.objects.most_read(days=7)[:10])
    if not articles:
        return False
    try:
        msg = build(sub, articles)
    except ValueError as exc:
        log.warning("subscriber %s has an unusable address: %s", sub.pk, exc)
        return False
    proc = subprocess.run(SENDMAIL_ARGV, input=msg.as_bytes(), capture_output=True, timeout=60)
    if proc.returncode != 0:
        log.error("sendmail failed for %s: %r", sub.pk, proc.stderr[:200])
        return False
    return True
