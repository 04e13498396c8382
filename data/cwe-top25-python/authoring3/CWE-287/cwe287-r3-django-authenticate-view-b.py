# ---
# id: cwe287-r3-django-authenticate-view-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: django
# explanation: Login view using Django's authenticate(), which returns None for unknown users or wrong passwords; login() is only called with the returned user, and inactive accounts are refused.
# ---
from django.contrib.auth import authenticate, login
from django.shortcuts import render, redirect


def sign_in(request):
    if request.method != "POST":
        return render(request, "accounts/login.html")
    user = authenticate(request, username=request.POST.get("username"),
                        password=request.POST.get("password"))
    if user is None or not user.is_active:
        return render(request, "accounts/login.html", {"error": True}, status=401)
    login(request, user)
    return redirect("home")
