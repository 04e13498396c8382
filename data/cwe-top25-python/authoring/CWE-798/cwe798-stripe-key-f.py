# ---
# id: cwe798-stripe-key-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-stripe-key-v
# tags: stripe, django
# explanation: The Stripe secret key now comes from Django settings, which load it from the environment of the deployment; no key material remains in the source file.
# ---
import stripe
from django.conf import settings
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required

stripe.api_key = settings.STRIPE_SECRET_KEY


@login_required
def create_checkout(request, plan_id):
    plan = settings.PLANS[plan_id]
    session = stripe.checkout.Session.create(
        mode="subscription",
        customer_email=request.user.email,
        line_items=[{"price": plan["price_id"], "quantity": 1}],
        success_url=request.build_absolute_uri("/billing/success"),
        cancel_url=request.build_absolute_uri("/billing/cancel"),
        metadata={"user_id": str(request.user.pk)},
    )
    return JsonResponse({"checkout_url": session.url})
