# ---
# id: cwe89-r2-badge-sync-task-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: celery, django
# explanation: A Celery task receives badge events from a message queue fed by door controllers and a public kiosk, and looks up the employee with Manager.raw(). The badge_id from the message body is concatenated into the raw SQL string, so a forged event can run arbitrary SQL against the HR database; the rest of the task (retries, timestamp parsing, updates through the ORM) is ordinary.
# ---
import logging
from datetime import datetime, timezone

from celery import shared_task
from django.db import transaction

from access.models import BadgeEvent, Employee

logger = logging.getLogger(__name__)

VALID_DIRECTIONS = {"in", "out"}


def parse_ts(value):
    ts = datetime.fromisoformat(value)
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=timezone.utc)
    return ts


def find_employee(badge_id):
    query = (
        "SELECT id, full_name, department_id, badge_id FROM access_employee "
        "WHERE active = 1 AND badge_id = '" + badge_id + "'"  #@vuln
    )
    matches = list(Employee.objects.raw(query))
    return matches[0] if matches else None


@shared_task(bind=True, max_retries=3, default_retry_delay=10)
def record_badge_event(self, message):
    direction = message.get("direction")
    if direction not in VALID_DIRECTIONS:
        logger.warning("dropping event with direction %r", direction)
        return None
    try:
        employee = find_employee(message["badge_id"])
    except Exception as exc:  # database hiccups are retried
        raise self.retry(exc=exc)
    if employee is None:
        logger.info("unknown badge %s at door %s", message["badge_id"], message.get("door"))
        return None
    with transaction.atomic():
        event = BadgeEvent.objects.create(
            employee_id=employee.id,
            door=message.get("door", "unknown")[:32],
            direction=direction,
            seen_at=parse_ts(message["ts"]),
        )
        Employee.objects.filter(pk=employee.id).update(last_seen=event.seen_at)
    return event.pk
