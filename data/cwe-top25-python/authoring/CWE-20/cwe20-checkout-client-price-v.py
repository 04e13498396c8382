# ---
# id: cwe20-checkout-client-price-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-checkout-client-price-f
# tags: django, stripe
# explanation: The checkout view charges the card for the unit price posted by the browser (a hidden form field) instead of the catalogue price. A customer can edit the field and pay one cent for any product; the server never checks the submitted value against its own data.
# ---
from decimal import Decimal

import stripe
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect

from shop.models import Order, Product


def amount_in_cents(unit_price: Decimal, quantity: int) -> int:
    return int((unit_price * quantity * 100).to_integral_value())


@login_required
def checkout(request, product_id):
    product = get_object_or_404(Product, pk=product_id, active=True)
    quantity = max(1, min(int(request.POST.get("quantity", "1")), 10))
    unit_price = Decimal(request.POST["unit_price"])  #@vuln
    amount = amount_in_cents(unit_price, quantity)
    intent = stripe.PaymentIntent.create(
        amount=amount, currency="usd", customer=request.user.profile.stripe_customer_id
    )
    order = Order.objects.create(
        user=request.user, product=product, quantity=quantity, amount_cents=amount, intent_id=intent.id
    )
    return redirect("order-confirm", order_id=order.pk)
