# ---
# id: cwe862-order-detail-django-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-order-detail-django-f
# tags: django
# explanation: A Django order-tracking page is behind login_required, but it fetches the order by primary key only. Any signed-in shopper can view any other shopper's order, including the delivery address and phone number, by changing the number in the URL.
# ---
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from shop.models import Order


@login_required
def order_detail(request, order_id):
    order = get_object_or_404(  #@vuln
        Order.objects.select_related("shipping_address").prefetch_related("lines__product"),  #@vuln
        pk=order_id,  #@vuln
    )  #@vuln
    timeline = order.events.order_by("created_at")
    return render(
        request,
        "shop/order_detail.html",
        {"order": order, "timeline": timeline, "can_cancel": order.status == "pending"},
    )
