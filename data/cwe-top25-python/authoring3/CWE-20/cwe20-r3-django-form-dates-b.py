# ---
# id: cwe20-r3-django-form-dates-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: django
# explanation: The reservation form validates each field with Django form fields and its clean() rejects reversed or too-long stays, so views only ever see a consistent date range and guest count.
# ---
from datetime import timedelta

from django import forms


class ReservationForm(forms.Form):
    check_in = forms.DateField()
    check_out = forms.DateField()
    guests = forms.IntegerField(min_value=1, max_value=8)

    def clean(self):
        data = super().clean()
        start, end = data.get("check_in"), data.get("check_out")
        if start and end:
            if end <= start:
                raise forms.ValidationError("Check-out must be after check-in.")
            if end - start > timedelta(days=30):
                raise forms.ValidationError("Stays are limited to 30 nights.")
        return data
