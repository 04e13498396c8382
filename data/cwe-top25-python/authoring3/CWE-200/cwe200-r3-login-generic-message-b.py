# ---
# id: cwe200-r3-login-generic-message-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: django
# explanation: Login API that returns the same error for unknown accounts and wrong passwords, so responses do not reveal which emails are registered.
# ---
from django.contrib.auth import authenticate, login
from django.http import JsonResponse


def api_login(request):
    user = authenticate(request, username=request.POST.get("email", ""),
                        password=request.POST.get("password", ""))
    if user is None:
        return JsonResponse({"error": "invalid email or password"}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
