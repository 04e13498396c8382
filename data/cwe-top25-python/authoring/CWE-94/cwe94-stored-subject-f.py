# ---
# id: cwe94-stored-subject-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-stored-subject-v
# tags: jinja2, sqlalchemy, smtplib
# explanation: Stored subjects are now compiled in a jinja2 SandboxedEnvironment, which denies access to underscore attributes, globals and unsafe callables. Users keep {{ title }} and {{ due }} placeholders, but a subject can no longer reach Python internals.
# ---
import smtplib
from email.message import EmailMessage

from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import select

from notify.db import Session, Reminder

env = SandboxedEnvironment()


def render_subject(reminder: Reminder) -> str:
    return env.from_string(reminder.subject_template).render(
        title=reminder.title, due=reminder.due_at.strftime("%d %b")
    )


def send_due_reminders(now):
    with Session() as session, smtplib.SMTP("localhost") as smtp:
        for reminder in session.scalars(select(Reminder).where(Reminder.due_at <= now, Reminder.sent.is_(False))):
            msg = EmailMessage()
            msg["To"] = reminder.owner_email
            msg["From"] = "reminders@example.com"
            msg["Subject"] = render_subject(reminder)
            msg.set_content(reminder.body)
            smtp.send_message(msg)
            reminder.sent = True
        session.commit()
