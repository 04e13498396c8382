# ---
# id: cwe400-webhook-dispatch-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-webhook-dispatch-v
# tags: celery, requests
# explanation: The webhook task now passes timeout=(3.05, 10) to requests.post, so a subscriber that never answers raises a Timeout after at most a few seconds and the task is retried later. Workers cannot be held indefinitely by a slow endpoint.
# ---
"""Celery tasks that deliver account events to subscriber webhooks."""

import json
import logging

import requests
from celery import shared_task

from .models import Subscription

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3)
def deliver_event(self, subscription_id, event):
    sub = Subscription.objects.get(pk=subscription_id)
    body = json.dumps({"type": event["type"], "data": event["data"]})
    headers = {"Content-Type": "application/json", "X-Signature": sub.sign(body)}
    try:
        resp = requests.post(sub.target_url, data=body, headers=headers, timeout=(3.05, 10))
    except requests.RequestException as exc:
        log.warning("delivery to %s failed: %s", sub.target_url, exc)
        raise self.retry(exc=exc, countdown=60)
    sub.record_attempt(status=resp.status_code)
    return resp.status_code
