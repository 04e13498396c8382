# ---
# id: cwe862-r3-order-owner-filter-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django
# explanation: Order detail view that fetches the order through the requesting user's own orders, so ids belonging to other customers raise 404; staff go through a separate admin site.
# ---
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render


@login_required
def order_detail(request, order_id):
    order = get_object_or_404(request.user.orders.select_related("shipping"), pk=order_id)
    return render(request, "shop/order_detail.html", {"order": order})
