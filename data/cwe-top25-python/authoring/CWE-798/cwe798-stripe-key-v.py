# ---
# id: cwe798-stripe-key-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-stripe-key-f
# tags: stripe, django
# explanation: A Django billing module assigns a live Stripe secret key literal to stripe.api_key. Whoever sees the code can issue refunds, read customer data and create charges on the merchant's account.
# ---
import stripe
from django.conf import settings
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required

stripe.api_key = "sk_live_51Hc9xQKb7RzT2mVwq8LdPz0aYfE3nUjK"  #@vuln


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
