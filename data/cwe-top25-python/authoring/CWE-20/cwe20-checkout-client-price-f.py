# ---
# id: cwe20-checkout-client-price-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-checkout-client-price-v
# tags: django, stripe
# explanation: The checkout view now ignores any price sent by the browser and charges the price stored on the Product row, with the quantity clamped to 1..10. The amount charged is fully determined by server-side data.
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
    unit_price = product.price
    amount = amount_in_cents(unit_price, quantity)
    intent = stripe.PaymentIntent.create(
        amount=amount, currency="usd", customer=request.user.profile.stripe_customer_id
    )
    order = Order.objects.create(
        user=request.user, product=product, quantity=quantity, amount_cents=amount, intent_id=intent.id
    )
    return redirect("order-confirm", order_id=order.pk)
