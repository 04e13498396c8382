# ---
# id: cwe20-login-next-allowed-host-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: django
# explanation: This login view also redirects to a "next" parameter, but only after url_has_allowed_host_and_scheme confirms it is a relative path or an URL on this site's host over HTTPS; otherwise it falls back to the dashboard. Off-site redirect targets are never followed.
# ---
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from accounts.forms import LoginForm


def landing_target(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return settings.LOGIN_REDIRECT_URL


def login_view(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, **form.cleaned_data)
        if user is not None:
            login(request, user)
            return redirect(landing_target(request))
        form.add_error(None, "Invalid username or password.")
    return render(request, "accounts/login.html", {"form": form})
