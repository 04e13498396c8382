# ---
# id: cwe400-signup-email-regex-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-signup-email-regex-f
# tags: django, re
# explanation: The signup form validates e-mail addresses with a hand-written regex containing nested quantifiers ((...)+)* over overlapping character classes. A crafted address of many alphanumerics followed by an invalid character makes the backtracking engine take exponential time, so a single POST can pin a worker CPU (ReDoS).
# ---
import re

from django import forms
from django.contrib.auth.models import User

EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+([._-]?[a-zA-Z0-9]+)*)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")  #@vuln


class SignupForm(forms.Form):
    username = forms.CharField(max_length=40)
    email = forms.CharField(max_length=4096)
    password = forms.CharField(widget=forms.PasswordInput)

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if not EMAIL_RE.match(email):
            raise forms.ValidationError("Enter a valid e-mail address.")
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("That address is already registered.")
        return email.lower()
