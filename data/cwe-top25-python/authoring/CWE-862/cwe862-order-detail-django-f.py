# ---
# id: cwe862-order-detail-django-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-order-detail-django-v
# tags: django
# explanation: The order lookup now includes customer=request.user, so get_object_or_404 returns 404 for orders placed by anyone else and a shopper can only view their own order.
# ---
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from shop.models import Order


@login_required
def order_detail(request, order_id):
    order = get_object_or_404(
        Order.objects.select_related("shipping_address").prefetch_related("lines__product"),
        pk=order_id,
        customer=request.user,
    )
    timeline = order.events.order_by("created_at")
    return render(
        request,
        "shop/order_detail.html",
        {"order": order, "timeline": timeline, "can_cancel": order.status == "pending"},
    )
