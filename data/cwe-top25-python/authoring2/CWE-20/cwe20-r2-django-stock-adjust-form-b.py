# ---
# id: cwe20-r2-django-stock-adjust-form-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: django, forms
# explanation: A warehouse stock-adjustment view binds the POST data to a Django form whose fields carry MinValueValidator/MaxValueValidator, a ChoiceField for the reason and a clean() rule that a removal cannot exceed the stock on hand. Only cleaned_data is used, so out-of-range, negative or inconsistent adjustments are rejected with form errors.
# ---
import logging

from django import forms
from django.contrib.auth.decorators import permission_required
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import transaction
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect, render

from inventory.models import StockItem, StockMovement

logger = logging.getLogger(__name__)

REASONS = [("count", "Stock count"), ("damage", "Damaged"), ("return", "Customer return"), ("transfer", "Transfer")]


class AdjustmentForm(forms.Form):
    direction = forms.ChoiceField(choices=[("add", "Add"), ("remove", "Remove")])
    quantity = forms.IntegerField(validators=[MinValueValidator(1), MaxValueValidator(10_000)])
    reason = forms.ChoiceField(choices=REASONS)
    note = forms.CharField(max_length=300, required=False)

    def __init__(self, *args, on_hand=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.on_hand = on_hand

    def clean(self):
        data = super().clean()
        if data.get("direction") == "remove" and data.get("quantity", 0) > self.on_hand:
            raise forms.ValidationError(f"Only {self.on_hand} units are on hand.")
        return data


@permission_required("inventory.change_stockitem")
def adjust_stock(request, item_id):
    item = get_object_or_404(StockItem, pk=item_id)
    form = AdjustmentForm(request.POST or None, on_hand=item.on_hand)
    if request.method == "POST" and form.is_valid():
        qty = form.cleaned_data["quantity"]
        delta = qty if form.cleaned_data["direction"] == "add" else -qty
        with transaction.atomic():
            StockItem.objects.filter(pk=item.pk).update(on_hand=F("on_hand") + delta)
            StockMovement.objects.create(item=item, delta=delta, reason=form.cleaned_data["reason"],
                                         note=form.cleaned_data["note"], user=request.user)
        logger.info("stock %s adjusted by %+d by %s", item.sku, delta, request.user.pk)
        return redirect("inventory:item", item_id=item.pk)
    return render(request, "inventory/adjust.html", {"item": item, "form": form})
