# ---
# id: cwe200-reset-enumeration-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-reset-enumeration-v
# tags: django
# explanation: The view now shows the same confirmation whether or not the address belongs to an account and only sends mail when it does, so the response no longer reveals which e-mail addresses are registered.
# ---
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.shortcuts import redirect, render

from accounts.mail import send_reset_mail


def password_reset_request(request):
    if request.method != "POST":
        return render(request, "accounts/reset_request.html")
    email = request.POST.get("email", "").strip().lower()
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if user is not None:
        token = default_token_generator.make_token(user)
        send_reset_mail(user, token)
    messages.success(request, "If an account uses this address, a reset link is on its way.")
    return redirect("login")
