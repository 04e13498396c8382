# ---
# id: cwe287-2fa-remember-cookie-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-2fa-remember-cookie-v
# tags: django, pyotp
# explanation: The trusted-device cookie is now a signed cookie (set_signed_cookie / get_signed_cookie with a salt) whose value is the user's primary key and which expires after 30 days, so it cannot be forged and only skips the TOTP step for the user who completed it on that device.
# ---
import pyotp
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

MONTH = 30 * 86400


def login_view(request):
    if request.method != "POST":
        return render(request, "auth/login.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "auth/login.html", {"error": "Invalid credentials"}, status=401)
    trusted = request.get_signed_cookie("trusted_device", default=None, salt="2fa-device", max_age=MONTH)
    if not user.profile.totp_secret or trusted == str(user.pk):
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
            response.set_signed_cookie("trusted_device", str(user.pk), salt="2fa-device", max_age=MONTH, httponly=True)
        return response
    return render(request, "auth/otp.html")
