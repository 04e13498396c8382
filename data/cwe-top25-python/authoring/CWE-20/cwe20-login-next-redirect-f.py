# ---
# id: cwe20-login-next-redirect-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-login-next-redirect-v
# tags: django
# explanation: landing_target() now only returns the requested target when url_has_allowed_host_and_scheme confirms it stays on this host; anything else falls back to the dashboard, so the login page can no longer forward users off-site.
# ---
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from accounts.forms import LoginForm


def landing_target(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/dashboard/"


def login_view(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password"],
        )
        if user is not None:
            login(request, user)
            return redirect(landing_target(request))
        form.add_error(None, "Invalid username or password.")
    return render(request, "accounts/login.html", {"form": form, "next": request.GET.get("next", "")})
