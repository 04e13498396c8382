# ---
# id: cwe200-r3-login-enumeration-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: django
# explanation: Login API that answers "no account with that email" for unknown emails and "wrong password" otherwise. The different messages let anyone find which email addresses have accounts.
# ---
from django.contrib.auth import authenticate, get_user_model, login
from django.http import JsonResponse


def api_login(request):
    email = request.POST.get("email", "")
    User = get_user_model()
    if not User.objects.filter(email__iexact=email).exists():
        return JsonResponse({"error": "no account with that email"}, status=404)  #@vuln
    user = authenticate(request, username=email, password=request.POST.get("password", ""))
    if user is None:
        return JsonResponse({"error": "wrong password"}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
