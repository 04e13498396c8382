# ---
# id: cwe200-reset-enumeration-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-reset-enumeration-f
# tags: django
# explanation: The password-reset form tells the visitor "No account is registered with this e-mail address" when the lookup fails and "Check your inbox" otherwise. The difference reveals which e-mail addresses are customers of the site.
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
    if user is None:
        messages.error(request, "No account is registered with this e-mail address.")  #@vuln
        return redirect("password_reset")
    token = default_token_generator.make_token(user)
    send_reset_mail(user, token)
    messages.success(request, "Check your inbox for a reset link.")
    return redirect("login")
