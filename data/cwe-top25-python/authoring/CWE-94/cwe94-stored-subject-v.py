# ---
# id: cwe94-stored-subject-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-stored-subject-f
# tags: jinja2, sqlalchemy, smtplib
# explanation: A notification worker renders reminder subjects that users configured in their account settings by compiling each stored subject with a plain jinja2 Environment. The stored text is user input (second-order), so a subject containing a template payload reaching __globals__ executes in the worker.
# ---
import smtplib
from email.message import EmailMessage

from jinja2 import Environment
from sqlalchemy import select

from notify.db import Session, Reminder

env = Environment()


def render_subject(reminder: Reminder) -> str:
    return env.from_string(reminder.subject_template).render(  #@vuln
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
