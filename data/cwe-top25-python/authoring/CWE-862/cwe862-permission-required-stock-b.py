# ---
# id: cwe862-permission-required-stock-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django
# explanation: The warehouse stock-adjustment view is protected by permission_required("inventory.change_stockitem", raise_exception=True), a Django model permission granted only to warehouse staff groups, so a logged-in user without it receives 403.
# ---
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from inventory.forms import AdjustmentForm
from inventory.models import Adjustment, StockItem


@require_POST
@permission_required("inventory.change_stockitem", raise_exception=True)
def adjust_stock(request, sku):
    item = get_object_or_404(StockItem, sku=sku)
    form = AdjustmentForm(request.POST)
    if not form.is_valid():
        return redirect("inventory:item", sku=sku)
    with transaction.atomic():
        StockItem.objects.filter(pk=item.pk).update(quantity=F("quantity") + form.cleaned_data["delta"])
        Adjustment.objects.create(item=item, delta=form.cleaned_data["delta"], user=request.user,
                                  reason=form.cleaned_data["reason"])
    return redirect("inventory:item", sku=sku)
