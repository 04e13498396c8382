# ---
# id: cwe287-2fa-remember-cookie-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-2fa-remember-cookie-f
# tags: django, pyotp
# explanation: After the password step, the Django login flow skips the TOTP step when a `trusted_device` cookie equals "1". The cookie is unsigned and not tied to the user, so an attacker with a stolen password simply sets it and the second factor is never asked for.
# ---
import pyotp
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def login_view(request):
    if request.method != "POST":
        return render(request, "auth/login.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "auth/login.html", {"error": "Invalid credentials"}, status=401)
    if not user.profile.totp_secret or request.COOKIES.get("trusted_device") == "1":  #@vuln
        login(request, user)
        return redirect("dashboard")
    request.session["pending_2fa_user"] = user.pk
    return redirect("auth:otp")


def otp_view(request):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(pk=request.session["pending_2fa_user"])
    if request.method == "POST" and pyotp.TOTP(user.profile.totp_secret).verify(request.POST["code"], valid_window=1):
        del request.session["pending_2fa_user"]
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        response = redirect("dashboard")
        if request.POST.get("remember"):
            response.set_cookie("trusted_device", "1", max_age=30 * 86400, httponly=True)
        return response
    return render(request, "auth/otp.html")
