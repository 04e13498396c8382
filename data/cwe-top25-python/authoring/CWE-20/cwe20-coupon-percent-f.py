# ---
# id: cwe20-coupon-percent-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-coupon-percent-v
# tags: django, forms
# explanation: percent_off is now declared with min_value=1 and max_value=100, so the form rejects coupons that would make totals negative or raise prices.
# ---
from django import forms
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect, render

from promotions.models import Coupon


class CouponForm(forms.Form):
    code = forms.SlugField(max_length=32)
    percent_off = forms.IntegerField(min_value=1, max_value=100)
    max_uses = forms.IntegerField(min_value=1, max_value=10000)
    expires = forms.DateField()


@permission_required("promotions.add_coupon")
def create_coupon(request):
    form = CouponForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        Coupon.objects.create(created_by=request.user, **form.cleaned_data)
        return redirect("promotions:list")
    return render(request, "promotions/coupon_form.html", {"form": form})


def apply_coupon(total_cents: int, coupon: Coupon) -> int:
    return total_cents - total_cents * coupon.percent_off // 100
