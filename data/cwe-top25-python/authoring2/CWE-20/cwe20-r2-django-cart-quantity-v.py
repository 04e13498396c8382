# ---
# id: cwe20-r2-django-cart-quantity-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-r2-django-cart-quantity-f
# tags: django, views
# explanation: The cart update view converts the posted quantity with int() and stores it without checking its range. A shopper can submit quantity=-5 for one line, which makes the subtotal negative and lowers the order total below the price of the other items (or turns it into a credit), because the checkout trusts the cart lines.
# ---
import logging
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.views import View

from shop.models import Cart, CartLine, Product

logger = logging.getLogger(__name__)

FREE_SHIPPING_OVER = Decimal("50.00")


def cart_for(user):
    cart, _ = Cart.objects.get_or_create(owner=user, checked_out=False)
    return cart


def recalculate(cart):
    subtotal = sum((line.product.price * line.quantity for line in cart.lines.select_related("product")),
                   Decimal("0"))
    cart.subtotal = subtotal
    cart.shipping = Decimal("0") if subtotal >= FREE_SHIPPING_OVER else Decimal("4.95")
    cart.save(update_fields=["subtotal", "shipping"])
    return cart


class UpdateCartLineView(LoginRequiredMixin, View):
    def post(self, request, product_id):
        product = get_object_or_404(Product, pk=product_id, active=True)
        try:
            quantity = int(request.POST.get("quantity", "1"))  #@vuln
        except ValueError:
            messages.error(request, "Quantity must be a whole number.")
            return redirect("shop:cart")
        with transaction.atomic():
            cart = cart_for(request.user)
            if quantity == 0:
                CartLine.objects.filter(cart=cart, product=product).delete()
            else:
                CartLine.objects.update_or_create(cart=cart, product=product, defaults={"quantity": quantity})
            recalculate(cart)
        logger.debug("cart %s: %s x%d", cart.pk, product.sku, quantity)
        messages.success(request, f"Updated {product.name}.")
        return redirect("shop:cart")
