# ---
# id: cwe287-r3-reset-token-any-user-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: django
# explanation: Password reset confirmation view. It checks only that the submitted token exists somewhere, then sets the new password on the account named by the `email` form field; a token issued for the attacker's own account can reset anyone's password.
# ---
from django.http import HttpResponseBadRequest, HttpResponse
from django.contrib.auth import get_user_model


def reset_confirm(request):
    token = request.POST.get("token", "")
    email = request.POST.get("email", "")
    if not ResetToken.objects.filter(token=token, used=False).exists():  #@vuln
        return HttpResponseBadRequest("invalid token")
    user = get_user_model().objects.get(email=email)
    user.set_password(request.POST["password"])
    user.save()
    ResetToken.objects.filter(token=token).update(used=True)
    return HttpResponse("ok")
