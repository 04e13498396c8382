# ---
# id: cwe20-coupon-percent-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-coupon-percent-f
# tags: django, forms
# explanation: Shop staff with the marketing role create coupons through a Django form whose percent_off field is a plain IntegerField. Values above 100 produce negative order totals at checkout and negative values raise prices; the form accepts any integer because no min/max validators are declared.
# ---
from django import forms
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect, render

from promotions.models import Coupon


class CouponForm(forms.Form):
    code = forms.SlugField(max_length=32)
    percent_off = forms.IntegerField()  #@vuln
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
