# ---
# id: cwe20-login-next-redirect-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-login-next-redirect-f
# tags: django
# explanation: After login the view redirects to the "next" parameter taken from the query string without checking that it points to this site. A link to /login?next=https://acc0unts-example.net sends freshly authenticated users to a look-alike page, a classic open redirect caused by an unvalidated redirect target.
# ---
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

from accounts.forms import LoginForm


def landing_target(request):
    return request.POST.get("next") or request.GET.get("next") or "/dashboard/"


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
            return redirect(landing_target(request))  #@vuln
        form.add_error(None, "Invalid username or password.")
    return render(request, "accounts/login.html", {"form": form, "next": request.GET.get("next", "")})
