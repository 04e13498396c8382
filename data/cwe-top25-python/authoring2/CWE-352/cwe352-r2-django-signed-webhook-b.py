# ---
# id: cwe352-r2-django-signed-webhook-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django, hmac, webhooks
# explanation: A Django view receiving payment-provider webhooks is marked csrf_exempt, which is correct here: it does not use the session or any cookie, and it authenticates every call by an HMAC-SHA256 signature over the timestamp and raw body with a shared secret, rejecting stale timestamps. A browser-forged cross-site request cannot produce a valid signature, so there is no ambient credential to abuse.
# ---
import hashlib
import hmac
import json
import logging
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.models import PaymentEvent
from billing.tasks import apply_payment_event

logger = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def parse_signature_header(header):
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return parts.get("t"), parts.get("v1")


def signature_matches(timestamp, body, signature):
    expected = hmac.new(settings.PAYMENTS_WEBHOOK_SECRET.encode(), f"{timestamp}.".encode() + body,
                        hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@csrf_exempt
@require_POST
def payment_webhook(request):
    timestamp, signature = parse_signature_header(request.headers.get("Payments-Signature", ""))
    if not timestamp or not signature or not timestamp.isdigit():
        return HttpResponseBadRequest("missing signature")
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return HttpResponseForbidden("stale signature")
    if not signature_matches(timestamp, request.body, signature):
        logger.warning("webhook with bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden("bad signature")
    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")
    obj, created = PaymentEvent.objects.get_or_create(event_id=event["id"], defaults={"payload": event})
    if created:
        apply_payment_event.delay(obj.pk)
    return HttpResponse(status=200)
