# ---
# id: cwe306-signup-public-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: django
# explanation: The sign-up view is intentionally reachable without login. It creates an ordinary, inactive account with no staff or special rights and sends an activation e-mail, which is not a critical function that needs prior authentication.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.shortcuts import redirect, render

from accounts.emails import send_activation_email


class SignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")


def signup(request):
    if request.method == "POST":
        form = SignupForm(request.POST)
        if form.is_valid():
            user = form.save(commit=False)
            user.is_active = False
            user.save()
            send_activation_email(request, user)
            return redirect("accounts:check_inbox")
    else:
        form = SignupForm()
    return render(request, "accounts/signup.html", {"form": form})
