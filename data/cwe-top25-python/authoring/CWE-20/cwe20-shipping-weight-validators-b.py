# ---
# id: cwe20-shipping-weight-validators-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: django, forms
# explanation: A shipping-label form declares every numeric field with explicit range validators (weight 0.01 to 30 kg, dimensions 1 to 150 cm, declared value up to 5000) and the postcode with a RegexValidator, so out-of-range or malformed values never reach the carrier API or the pricing code.
# ---
from decimal import Decimal

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator

from shipping.carrier import quote_label


class LabelForm(forms.Form):
    weight_kg = forms.DecimalField(
        max_digits=5, decimal_places=2, validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("30"))]
    )
    length_cm = forms.IntegerField(min_value=1, max_value=150)
    width_cm = forms.IntegerField(min_value=1, max_value=150)
    height_cm = forms.IntegerField(min_value=1, max_value=150)
    declared_value = forms.DecimalField(max_digits=7, decimal_places=2, min_value=Decimal("0"), max_value=Decimal("5000"))
    postcode = forms.CharField(validators=[RegexValidator(r"^[0-9]{5}$", "Enter a 5-digit postcode.")])

    def clean(self):
        data = super().clean()
        dims = [data.get(k) for k in ("length_cm", "width_cm", "height_cm")]
        if all(dims) and sum(dims) > 300:
            raise forms.ValidationError("Length + width + height may not exceed 300 cm.")
        return data


def quote(form: LabelForm) -> Decimal:
    return quote_label(**form.cleaned_data)
