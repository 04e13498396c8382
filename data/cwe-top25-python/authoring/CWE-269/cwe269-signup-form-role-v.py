# ---
# id: cwe269-signup-form-role-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: django
# explanation: The public sign-up ModelForm lists the `account_type` field so that the template can show it as a hidden input set to "customer". Because the field is part of the form, a visitor can post account_type=staff and register directly as a staff account.
# ---
from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.shortcuts import redirect, render

from accounts.models import Account


class SignupForm(UserCreationForm):
    class Meta:
        model = Account
        fields = ("username", "email", "account_type")  #@vuln
        widgets = {"account_type": forms.HiddenInput()}


def signup(request):
    form = SignupForm(request.POST or None, initial={"account_type": "customer"})
    if request.method == "POST" and form.is_valid():
        account = form.save()
        request.session["welcome_for"] = account.pk
        return redirect("accounts:welcome")
    return render(request, "accounts/signup.html", {"form": form})
