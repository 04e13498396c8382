# ---
# id: cwe400-signup-email-regex-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-signup-email-regex-v
# tags: django, re
# explanation: The signup form now checks addresses with a regex made of single, non-nested character-class runs, which the regex engine matches in linear time, and the field is capped at 254 characters. No input can trigger catastrophic backtracking.
# ---
import re

from django import forms
from django.contrib.auth.models import User

EMAIL_RE = re.compile(r"^[a-zA-Z0-9._-]+@[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,}$")


class SignupForm(forms.Form):
    username = forms.CharField(max_length=40)
    email = forms.CharField(max_length=254)
    password = forms.CharField(widget=forms.PasswordInput)

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if not EMAIL_RE.match(email):
            raise forms.ValidationError("Enter a valid e-mail address.")
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("That address is already registered.")
        return email.lower()
