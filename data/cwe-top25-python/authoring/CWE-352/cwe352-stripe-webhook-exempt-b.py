# ---
# id: cwe352-stripe-webhook-exempt-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django, stripe
# explanation: This Django view is csrf_exempt, but it is a Stripe webhook: it uses no cookies or session, and every request is authenticated by verifying the Stripe-Signature header with stripe.Webhook.construct_event. A forged cross-site request cannot produce a valid signature, so CSRF does not apply.
# ---
import stripe
from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.handlers import handle_invoice_paid, handle_subscription_deleted

HANDLERS = {
    "invoice.paid": handle_invoice_paid,
    "customer.subscription.deleted": handle_subscription_deleted,
}


@csrf_exempt
@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(
            request.body, signature, settings.STRIPE_WEBHOOK_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    handler = HANDLERS.get(event["type"])
    if handler is not None:
        handler(event["data"]["object"])
    return HttpResponse(status=200)
