# ---
# id: cwe400-webhook-dispatch-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-webhook-dispatch-f
# tags: celery, requests
# explanation: A Celery task delivers webhooks to subscriber URLs stored by customers and calls requests.post without a timeout. A subscriber endpoint that accepts the connection and never answers holds the worker forever; a handful of such endpoints starve the whole worker pool.
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
        resp = requests.post(sub.target_url, data=body, headers=headers)  #@vuln
    except requests.RequestException as exc:
        log.warning("delivery to %s failed: %s", sub.target_url, exc)
        raise self.retry(exc=exc, countdown=60)
    sub.record_attempt(status=resp.status_code)
    return resp.status_code
